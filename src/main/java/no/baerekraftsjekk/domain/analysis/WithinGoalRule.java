package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Goal;

/**
 * Rule 2: a relevant goal that both gains and loses. Never cross-dimension: one goal sits in one
 * dimension at most.
 */
final class WithinGoalRule {
    /** Each conflict this rule can find, made once: see {@link GoalConflictRule}. */
    private final Conflict[] made = new Conflict[(Goal.LAST + 1) * 4 * 2];

    List<Conflict> detect(Ratings ratings, Handlings handlings) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (!ratings.isRelevant(goal)) {
                continue;
            }
            int severity = Math.min(ratings.positive(goal), ratings.negative(goal));
            if (severity >= 1) {
                conflicts.add(conflict(goal, severity, handlings.isHandled(goal)));
            }
        }
        return conflicts;
    }

    private Conflict conflict(int goal, int severity, boolean handled) {
        if (severity > 3) {
            return new Conflict(ConflictKind.WITHIN_GOAL, List.of(goal), List.of(), severity, false, handled);
        }
        int at = (goal * 4 + severity) * 2 + (handled ? 1 : 0);
        Conflict conflict = made[at];
        if (conflict == null) {
            conflict = new Conflict(ConflictKind.WITHIN_GOAL, List.of(goal), List.of(), severity, false, handled);
            made[at] = conflict;
        }
        return conflict;
    }
}
