package no.baerekraftsjekk.domain.analysis;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;

/**
 * The ratings the rules read, indexed by goal number. A goal that is not relevant counts as 0/0 here
 * even if a value built in code carries ratings: a valid file cannot, and the rules must not let a
 * goal judged not relevant take part in a conflict.
 */
final class Ratings {
    private final boolean[] assessed = new boolean[Goal.LAST + 1];
    private final boolean[] relevant = new boolean[Goal.LAST + 1];
    private final int[] positive = new int[Goal.LAST + 1];
    private final int[] negative = new int[Goal.LAST + 1];

    private Ratings() {
    }

    static Ratings of(Assessment assessment) {
        Ratings ratings = new Ratings();
        for (GoalAssessment goal : assessment.goals().values()) {
            int n = goal.goal();
            if (!Goal.isValidNumber(n)) {
                continue;
            }
            ratings.assessed[n] = true;
            if (goal.isRelevant()) {
                ratings.relevant[n] = true;
                ratings.positive[n] = goal.positive();
                ratings.negative[n] = goal.negative();
            }
        }
        return ratings;
    }

    boolean isAssessed(int goal) {
        return assessed[goal];
    }

    boolean isRelevant(int goal) {
        return relevant[goal];
    }

    /** Not assessed, or assessed as not relevant: the goal a hint may point to. */
    boolean isLeftOut(int goal) {
        return !relevant[goal];
    }

    int positive(int goal) {
        return positive[goal];
    }

    int negative(int goal) {
        return negative[goal];
    }
}
