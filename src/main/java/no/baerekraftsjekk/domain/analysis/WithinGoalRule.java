package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Goal;

/**
 * Rule 2: a relevant goal that both gains and loses. Never cross-dimension: one goal sits in one
 * dimension at most.
 */
final class WithinGoalRule {

    List<Conflict> detect(Ratings ratings, Handlings handlings) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (!ratings.isRelevant(goal)) {
                continue;
            }
            int severity = Math.min(ratings.positive(goal), ratings.negative(goal));
            if (severity >= 1) {
                conflicts.add(new Conflict(ConflictKind.WITHIN_GOAL, List.of(goal), List.of(), severity, false,
                        handlings.isHandled(goal)));
            }
        }
        return conflicts;
    }
}
