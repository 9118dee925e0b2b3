package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Messages;

/**
 * Rule 6: why the assessment cannot be completed yet. Every goal must be assessed, every relevant
 * goal justified, every goal conflict weighed whatever its severity, and every conflict within a
 * goal of severity ≥ 2 weighed. A small conflict within one goal is a nuance of one rating, while a
 * conflict between goals always means one goal is traded for another, so it is never left silent.
 * Dimension conflicts need nothing of their own: they rest on goal conflicts that are weighed.
 *
 * <p>The reasons come in the order a caseworker fixes them: unassessed goals, missing
 * justifications (both by goal number), then unweighed conflicts in conflict order.
 */
final class Readiness {
    static final int WITHIN_GOAL_NEEDS_HANDLING_FROM = 2;

    List<BlockingReason> blocking(Assessment assessment, Ratings ratings, List<Conflict> orderedConflicts) {
        List<BlockingReason> reasons = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (!ratings.isAssessed(goal)) {
                reasons.add(new BlockingReason(BlockingReason.Kind.GOAL_NOT_ASSESSED, List.of(goal),
                        Messages.get("analysis.blocking.notAssessed", goal)));
            }
        }
        for (GoalAssessment goal : assessment.goals().values()) {
            if (goal.isRelevant() && goal.justification().isBlank()) {
                reasons.add(new BlockingReason(BlockingReason.Kind.MISSING_JUSTIFICATION, List.of(goal.goal()),
                        Messages.get("analysis.blocking.missingJustification", goal.goal())));
            }
        }
        for (Conflict conflict : orderedConflicts) {
            if (needsHandling(conflict) && !conflict.handled()) {
                reasons.add(unhandled(conflict));
            }
        }
        return reasons;
    }

    static boolean needsHandling(Conflict conflict) {
        return switch (conflict.kind()) {
            case GOALS -> true;
            case WITHIN_GOAL -> conflict.severity() >= WITHIN_GOAL_NEEDS_HANDLING_FROM;
            case DIMENSIONS -> false;
        };
    }

    private static BlockingReason unhandled(Conflict conflict) {
        List<Integer> goals = conflict.goals();
        String message = conflict.kind() == ConflictKind.GOALS
                ? Messages.get("analysis.blocking.unhandledGoalConflict", goals.get(0), goals.get(1))
                : Messages.get("analysis.blocking.unhandledWithinGoal", goals.get(0));
        return new BlockingReason(BlockingReason.Kind.UNHANDLED_CONFLICT, goals, message);
    }
}
