package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import no.baerekraftsjekk.domain.text.Message;

/**
 * One reason the assessment cannot be marked complete yet, with the goals it concerns so the window
 * can lead the caseworker to where it is fixed. The message is put into words where it is shown.
 */
public record BlockingReason(Kind kind, List<Integer> goals, Message message, String alternative) {

    public enum Kind {
        GOAL_NOT_ASSESSED,
        MISSING_JUSTIFICATION,
        UNHANDLED_CONFLICT,
        /** A case with alternatives has no recommended alternative yet. */
        NO_RECOMMENDATION,
        /** The recommendation of a case with alternatives says nothing about why. */
        NO_RECOMMENDATION_REASON
    }

    /**
     * @param alternative the label of the alternative the reason belongs to; empty for a single
     *     assessment and for a reason of the whole case (the recommendation)
     */
    public BlockingReason {
        goals = List.copyOf(goals);
        alternative = java.util.Objects.requireNonNullElse(alternative, "");
    }

    /** A reason of a single assessment, or of one alternative seen on its own. */
    public BlockingReason(Kind kind, List<Integer> goals, Message message) {
        this(kind, goals, message, "");
    }

    /** This reason as one of the case's: its message prefixed with the alternative's label, as {@code check} lists it. */
    public BlockingReason ofAlternative(String label) {
        return new BlockingReason(kind, goals, Message.of("alternatives.blocking.ofAlternative", label, message), label);
    }
}
