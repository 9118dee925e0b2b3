package no.baerekraftsjekk.storage.council;

import java.time.Instant;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;

/**
 * A save that is kept on this machine until the council library can take it: the whole assessment
 * as the caseworker had it, and the version it was based on, so it goes through the same version
 * check when it is sent. The edit id lets the server recognise an edit it already has.
 */
public record PendingEdit(UUID editId, long assessmentId, long baseVersion, Assessment assessment, Instant keptAt) {
}
