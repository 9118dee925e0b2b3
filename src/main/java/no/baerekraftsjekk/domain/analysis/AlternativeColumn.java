package no.baerekraftsjekk.domain.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import no.baerekraftsjekk.domain.Dimension;

/**
 * What the comparison shows of one alternative beside the goals: its dimensions, how many conflicts
 * it has and how many of those are weighed, and whether it is ready by rule 6.
 *
 * @param conflicts the conflicts between goals and within goals (dimension conflicts rest on them)
 * @param handled how many of those have a written weighing
 * @param needingHandling how many of those rule 6 asks to be weighed (severity 2 or 3)
 */
public record AlternativeColumn(String label, boolean zero, Map<Dimension, DimensionLevel> dimensions, int conflicts,
        int handled, int needingHandling, boolean ready) {

    public AlternativeColumn {
        EnumMap<Dimension, DimensionLevel> ordered = new EnumMap<>(Dimension.class);
        ordered.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(ordered);
    }

    static AlternativeColumn of(String label, boolean zero, Analysis analysis) {
        var goalLevel = analysis.conflicts().stream().filter(c -> c.kind() != ConflictKind.DIMENSIONS).toList();
        int handled = (int) goalLevel.stream().filter(Conflict::handled).count();
        int needing = (int) goalLevel.stream().filter(Conflict::needsHandling).count();
        return new AlternativeColumn(label, zero, analysis.dimensions(), goalLevel.size(), handled, needing,
                analysis.readyToComplete());
    }

    public DimensionLevel level(Dimension dimension) {
        return dimensions.getOrDefault(dimension, new DimensionLevel(dimension, 0, 0));
    }
}
