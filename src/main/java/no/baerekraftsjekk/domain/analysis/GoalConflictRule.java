package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Goal;

/**
 * Rule 1: a goal conflict between two different relevant goals when one gains (positive ≥ 1) and the
 * other loses (negative ≥ 1). Severity is the larger of the two directions, so a pair that pulls
 * both ways is one conflict, rated by its stronger side.
 */
final class GoalConflictRule {
    private final GoalDimensions dimensions;

    GoalConflictRule(GoalDimensions dimensions) {
        this.dimensions = dimensions;
    }

    List<Conflict> detect(Ratings ratings, Handlings handlings) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int a = Goal.FIRST; a <= Goal.LAST; a++) {
            if (!ratings.isRelevant(a)) {
                continue;
            }
            for (int b = a + 1; b <= Goal.LAST; b++) {
                if (!ratings.isRelevant(b)) {
                    continue;
                }
                int severity = severity(ratings.positive(a), ratings.negative(a), ratings.positive(b), ratings.negative(b));
                if (severity >= 1) {
                    conflicts.add(new Conflict(ConflictKind.GOALS, List.of(a, b), List.of(), severity,
                            dimensions.differ(a, b), handlings.isHandled(a, b)));
                }
            }
        }
        return conflicts;
    }

    /** max(min(A+, B−), min(B+, A−)); also the dimension rule's severity, on dimension levels. */
    static int severity(int positiveA, int negativeA, int positiveB, int negativeB) {
        return Math.max(Math.min(positiveA, negativeB), Math.min(positiveB, negativeA));
    }
}
