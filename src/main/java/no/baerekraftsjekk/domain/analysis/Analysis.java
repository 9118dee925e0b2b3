package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;

/**
 * Everything the rules derive from one assessment: what the window, the reports and {@code check} show.
 *
 * @param conflicts all detected conflicts, ordered for people: highest severity first, then
 *     cross-dimension before same-dimension, then by goal number
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
        dimensions = Map.copyOf(dimensions);
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
}
