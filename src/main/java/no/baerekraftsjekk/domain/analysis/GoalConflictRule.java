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
    /**
     * Each conflict this rule can find (goal pair, severity 1–3, handled or not) made once and then
     * handed out again: a conflict is an immutable value, and a roll-up over a whole library finds
     * millions of them. Filled as they are first met; a race makes one twice, which is harmless.
     */
    private final Conflict[] made = new Conflict[(Goal.LAST + 1) * (Goal.LAST + 1) * 4 * 2];

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
                    conflicts.add(conflict(a, b, severity, handlings.isHandled(a, b)));
                }
            }
        }
        return conflicts;
    }

    private Conflict conflict(int a, int b, int severity, boolean handled) {
        if (severity > 3) {
            return new Conflict(ConflictKind.GOALS, List.of(a, b), List.of(), severity, dimensions.differ(a, b), handled);
        }
        int at = ((a * (Goal.LAST + 1) + b) * 4 + severity) * 2 + (handled ? 1 : 0);
        Conflict conflict = made[at];
        if (conflict == null) {
            conflict = new Conflict(ConflictKind.GOALS, List.of(a, b), List.of(), severity, dimensions.differ(a, b), handled);
            made[at] = conflict;
        }
        return conflict;
    }

    /** max(min(A+, B−), min(B+, A−)); also the dimension rule's severity, on dimension levels. */
    static int severity(int positiveA, int negativeA, int positiveB, int negativeB) {
        return Math.max(Math.min(positiveA, negativeB), Math.min(positiveB, negativeA));
    }
}
