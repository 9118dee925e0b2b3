package no.baerekraftsjekk.domain.portfolio;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.profile.LocalGoalReach;
import no.baerekraftsjekk.domain.profile.TouchedLocalGoal;

/**
 * The portfolio by the council's own local goals: for each, the cases that touch it and which way.
 * Each case is judged by {@link LocalGoalReach}, the rule of the case report's «Kommuneplanens mål»,
 * and every count is the size of the row's selection, so clicking it lists exactly those cases.
 * Kept apart from {@link PortfolioCalculator}: it is only asked for when the council has local goals.
 */
public final class LocalGoalCounter {
    private LocalGoalCounter() {
    }

    /** One row per local goal, in the profile's order, untouched goals too (with zeros). */
    public static List<LocalGoalRow> count(List<LocalGoal> localGoals, List<PortfolioEntry> entries) {
        int n = localGoals.size();
        int[] cases = new int[n];
        int[] positive = new int[n];
        int[] negative = new int[n];
        int[] notRated = new int[n];
        for (PortfolioEntry e : entries) {
            for (int i = 0; i < n; i++) {
                TouchedLocalGoal touched = LocalGoalReach.touched(localGoals.get(i), e.goalRatings()).orElse(null);
                if (touched == null) {
                    continue;
                }
                cases[i]++;
                switch (touched.direction()) {
                    case POSITIVE -> positive[i]++;
                    case NEGATIVE -> negative[i]++;
                    case BOTH -> {
                        positive[i]++;
                        negative[i]++;
                    }
                    case NOT_RATED -> notRated[i]++;
                }
            }
        }
        List<LocalGoalRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new LocalGoalRow(localGoals.get(i), cases[i], positive[i], negative[i], notRated[i]));
        }
        return rows;
    }
}
