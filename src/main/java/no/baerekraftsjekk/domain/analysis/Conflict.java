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
}
