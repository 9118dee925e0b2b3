package no.baerekraftsjekk.domain.analysis;

import java.util.List;

/**
 * One reason the assessment cannot be marked complete yet, with the goals it concerns so the window
 * can lead the caseworker to where it is fixed.
 */
public record BlockingReason(Kind kind, List<Integer> goals, String message) {

    public enum Kind {
        GOAL_NOT_ASSESSED,
        MISSING_JUSTIFICATION,
        UNHANDLED_CONFLICT
    }

    public BlockingReason {
        goals = List.copyOf(goals);
    }
}
