package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import no.baerekraftsjekk.domain.text.Message;

/**
 * One reason the assessment cannot be marked complete yet, with the goals it concerns so the window
 * can lead the caseworker to where it is fixed. The message is put into words where it is shown.
 */
public record BlockingReason(Kind kind, List<Integer> goals, Message message) {

    public enum Kind {
        GOAL_NOT_ASSESSED,
        MISSING_JUSTIFICATION,
        UNHANDLED_CONFLICT
    }

    public BlockingReason {
        goals = List.copyOf(goals);
    }
}
