package no.baerekraftsjekk.domain.analysis;

import java.util.List;

/**
 * One goal compared across the alternatives of a case: the positive and the negative effect of each
 * alternative side by side, in the case's order, never netted (0 where the goal is not relevant or not
 * assessed in that alternative).
 *
 * @param positiveDiffers the positive effects differ in a way that matters: see {@link #matters(List)}
 * @param negativeDiffers the same for the negative effects, for example a goal harmed in one
 *     alternative and not in another
 */
public record GoalComparison(int goal, List<Integer> positive, List<Integer> negative, boolean positiveDiffers,
        boolean negativeDiffers) {

    public GoalComparison {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
        if (positive.size() != negative.size()) {
            throw new IllegalArgumentException("One positive and one negative value per alternative");
        }
    }

    static GoalComparison of(int goal, List<Integer> positive, List<Integer> negative) {
        return new GoalComparison(goal, positive, negative, matters(positive), matters(negative));
    }

    /** True when a difference between the alternatives stands out on either side. */
    public boolean differs() {
        return positiveDiffers || negativeDiffers;
    }

    /**
     * A difference matters when one alternative has an effect where another has none (a goal harmed
     * in one and not in another), or when the levels lie two steps or more apart (small against
     * large). A one-step difference between two effects is within what two people would rate apart.
     */
    static boolean matters(List<Integer> levels) {
        int min = levels.stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = levels.stream().mapToInt(Integer::intValue).max().orElse(0);
        return (min == 0 && max > 0) || max - min >= 2;
    }
}
