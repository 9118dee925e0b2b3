package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;

/**
 * Handlings whose conflict is not detected now, for example after a rating changed. They stay in the
 * assessment, so nothing the caseworker wrote is lost; the analysis lists them so the window can say
 * they no longer match a conflict. In the order of the file.
 */
final class OrphanedHandlings {

    List<ConflictHandling> of(Assessment assessment, List<Conflict> conflicts) {
        List<ConflictHandling> orphaned = new ArrayList<>();
        for (ConflictHandling handling : assessment.conflicts()) {
            if (!matchesAny(handling, conflicts)) {
                orphaned.add(handling);
            }
        }
        return orphaned;
    }

    private static boolean matchesAny(ConflictHandling handling, List<Conflict> conflicts) {
        for (Conflict conflict : conflicts) {
            if (conflict.kind() != ConflictKind.DIMENSIONS && conflict.goals().equals(handling.goals())) {
                return true;
            }
        }
        return false;
    }
}
