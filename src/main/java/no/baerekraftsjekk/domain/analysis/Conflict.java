package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import no.baerekraftsjekk.domain.Dimension;

/**
 * A detected conflict. For {@link ConflictKind#GOALS} {@code goals} is the sorted pair, for
 * {@link ConflictKind#WITHIN_GOAL} the single goal, and {@code dimensions} is empty; for
 * {@link ConflictKind#DIMENSIONS} {@code goals} is empty and {@code dimensions} holds the pair in
 * the order ENVIRONMENT, SOCIAL, ECONOMIC.
 */
public record Conflict(
        ConflictKind kind,
        List<Integer> goals,
        List<Dimension> dimensions,
        int severity,
        boolean crossDimension,
        boolean handled) {

    public Conflict {
        goals = List.copyOf(goals);
        dimensions = List.copyOf(dimensions);
    }

    /** The severity from which rule 6 asks for a written weighing of a goal conflict or a conflict within a goal. */
    public static final int SEVERITY_NEEDING_HANDLING = 2;

    /**
     * Whether rule 6 asks the caseworker to weigh this conflict before completing: a conflict between
     * goals or within a goal of severity 2 or 3. A severity-1 conflict is shown and may be weighed,
     * but forcing a text for every small one breeds filler. A dimension conflict has no handling of its own.
     */
    public boolean needsHandling() {
        return switch (kind) {
            case GOALS, WITHIN_GOAL -> severity >= SEVERITY_NEEDING_HANDLING;
            case DIMENSIONS -> false;
        };
    }
}
