package no.baerekraftsjekk.domain.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;

/**
 * Everything the rules derive from one assessment: what the window, the reports and {@code check} show.
 *
 * @param dimensions the level of every dimension, iterated in the order ENVIRONMENT, SOCIAL, ECONOMIC
 * @param conflicts all detected conflicts, ordered for people by {@link ConflictOrder}: highest
 *     severity first, then cross-dimension before same-dimension, then goal-level before dimension
 *     conflicts, then by goal numbers
 * @param orphanedHandlings handlings whose conflict is no longer detected; kept, and shown as such
 * @param blocking why the assessment is not ready to complete; empty when it is
 */
public record Analysis(
        Map<Dimension, DimensionLevel> dimensions,
        List<Conflict> conflicts,
        List<Hint> hints,
        List<ConflictHandling> orphanedHandlings,
        List<BlockingReason> blocking) {

    public Analysis {
        // An EnumMap keeps the dimensions in their reading order wherever the map is iterated.
        EnumMap<Dimension, DimensionLevel> ordered = new EnumMap<>(Dimension.class);
        ordered.putAll(dimensions);
        dimensions = Collections.unmodifiableMap(ordered);
        conflicts = List.copyOf(conflicts);
        hints = List.copyOf(hints);
        orphanedHandlings = List.copyOf(orphanedHandlings);
        blocking = List.copyOf(blocking);
    }

    public boolean readyToComplete() {
        return blocking.isEmpty();
    }

    public List<Conflict> conflictsOf(ConflictKind kind) {
        return conflicts.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The level of one dimension; 0/0 when the analysis has none for it. */
    public DimensionLevel level(Dimension dimension) {
        return dimensions.getOrDefault(dimension, new DimensionLevel(dimension, 0, 0));
    }

    /** The conflicts that must be weighed before the assessment can be completed, handled or not. */
    public List<Conflict> conflictsNeedingHandling() {
        return conflicts.stream().filter(Conflict::needsHandling).toList();
    }
}
