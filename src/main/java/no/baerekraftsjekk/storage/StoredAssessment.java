package no.baerekraftsjekk.storage;

import java.time.Instant;
import no.baerekraftsjekk.domain.Assessment;

/** An assessment as kept in the library, with its id and when it was created and last changed. */
public record StoredAssessment(long id, Assessment assessment, Instant created, Instant changed) {
}
