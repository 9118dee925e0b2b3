package no.baerekraftsjekk.domain.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Dimension;

/**
 * The part of an {@link Analysis} a roll-up over many assessments (the portfolio) reads: the
 * dimension levels and the conflicts, by the same rules. Hints, orphaned handlings and blocking
 * reasons are not worked out, which halves the cost of analysing a whole library.
 *
 * @param dimensions the level of every dimension, in the order ENVIRONMENT, SOCIAL, ECONOMIC
 * @param conflicts all detected conflicts, in {@link ConflictOrder}
 */
public record RollUpAnalysis(Map<Dimension, DimensionLevel> dimensions, List<Conflict> conflicts) {

    public RollUpAnalysis {
        EnumMap<Dimension, DimensionLevel> ordered = new EnumMap<>(Dimension.class);
        ordered.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(ordered);
        conflicts = List.copyOf(conflicts);
    }
}
