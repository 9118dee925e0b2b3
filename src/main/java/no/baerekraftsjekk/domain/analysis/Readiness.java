package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Rule 6: why the assessment cannot be completed yet. Every goal must be assessed, every relevant
 * goal justified, and every conflict between goals or within a goal of severity 2 or 3 weighed
 * ({@link Conflict#needsHandling()}). A severity-1 conflict is shown and may be weighed, but never
 * blocks: a required text for every small conflict breeds filler. Dimension conflicts need nothing
 * of their own: they rest on goal conflicts of severity ≥ 2, which are weighed.
 *
 * <p>The reasons come in the order a caseworker fixes them: unassessed goals, missing
 * justifications (both by goal number), then unweighed conflicts in conflict order.
 */
final class Readiness {
    List<BlockingReason> blocking(Assessment assessment, Ratings ratings, List<Conflict> orderedConflicts) {
        List<BlockingReason> reasons = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (!ratings.isAssessed(goal)) {
                reasons.add(new BlockingReason(BlockingReason.Kind.GOAL_NOT_ASSESSED, List.of(goal),
                        Message.of("analysis.blocking.notAssessed", number(goal))));
            }
        }
        for (GoalAssessment goal : assessment.goals().values()) {
            if (goal.isRelevant() && goal.justification().isBlank()) {
                reasons.add(new BlockingReason(BlockingReason.Kind.MISSING_JUSTIFICATION, List.of(goal.goal()),
                        Message.of("analysis.blocking.missingJustification", number(goal.goal()))));
            }
        }
        for (Conflict conflict : orderedConflicts) {
            if (conflict.needsHandling() && !conflict.handled()) {
                reasons.add(unhandled(conflict));
            }
        }
        return reasons;
    }

    private static BlockingReason unhandled(Conflict conflict) {
        List<Integer> goals = conflict.goals();
        Message message = conflict.kind() == ConflictKind.GOALS
                ? Message.of("analysis.blocking.unhandledGoalConflict", number(goals.get(0)), number(goals.get(1)))
                : Message.of("analysis.blocking.unhandledWithinGoal", number(goals.get(0)));
        return new BlockingReason(BlockingReason.Kind.UNHANDLED_CONFLICT, goals, message);
    }

    /** A goal number as plain digits: cheaper than a locale's number format, and never grouped. */
    private static String number(int goal) {
        return Integer.toString(goal);
    }
}
