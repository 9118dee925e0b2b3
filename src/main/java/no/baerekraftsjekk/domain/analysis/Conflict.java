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

    /**
     * Whether rule 6 asks the caseworker to weigh this conflict: every goal conflict, and a conflict
     * within a goal from severity 2. A dimension conflict has no handling of its own.
     */
    public boolean needsHandling() {
        return switch (kind) {
            case GOALS -> true;
            case WITHIN_GOAL -> severity >= 2;
            case DIMENSIONS -> false;
        };
    }
}
