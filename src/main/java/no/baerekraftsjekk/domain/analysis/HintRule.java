package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule 5: for a typical trade-off in the knowledge base, when one goal gains (positive ≥ 1) and the
 * other is not assessed or judged not relevant, ask the caseworker to look at the other goal again.
 *
 * <p>One hint per pair and direction at most, even if the knowledge base lists a pair twice (the
 * first entry wins). Both directions can never fire together: the gaining goal is relevant, so it
 * is not the left-out one. A pair whose other goal is assessed relevant gives no hint, whatever its
 * ratings: the caseworker has looked, and any conflict is found by the conflict rules instead.
 */
final class HintRule {
    private static final Comparator<Hint> ORDER = Comparator
            .<Hint>comparingInt(h -> h.goals().get(0))
            .thenComparingInt(h -> h.goals().get(1))
            .thenComparingInt(Hint::overlookedGoal);

    private final TradeOffCatalog catalog;

    HintRule(TradeOffCatalog catalog) {
        this.catalog = catalog;
    }

    List<Hint> detect(Ratings ratings) {
        List<Hint> hints = new ArrayList<>();
        for (TradeOff tradeOff : catalog.all()) {
            int a = tradeOff.goals().get(0);
            int b = tradeOff.goals().get(1);
            addIfOverlooked(hints, tradeOff, ratings, a, b);
            addIfOverlooked(hints, tradeOff, ratings, b, a);
        }
        hints.sort(ORDER);
        return hints;
    }

    private static void addIfOverlooked(List<Hint> hints, TradeOff tradeOff, Ratings ratings, int gaining, int other) {
        if (ratings.positive(gaining) >= 1 && ratings.isLeftOut(other) && !contains(hints, tradeOff.goals(), other)) {
            hints.add(new Hint(tradeOff.goals(), other, tradeOff.hint(), tradeOff.source()));
        }
    }

    private static boolean contains(List<Hint> hints, List<Integer> goals, int overlooked) {
        for (Hint hint : hints) {
            if (hint.overlookedGoal() == overlooked && hint.goals().equals(goals)) {
                return true;
            }
        }
        return false;
    }
}
