package no.baerekraftsjekk.storage;

import java.time.Instant;
import no.baerekraftsjekk.domain.Assessment;

/**
 * An assessment as kept in the library, with its id, when it was created and last changed, its
 * version (1 when created, one more for every save) and who made the last change (the operating
 * system's user name). A save names the version it started from; see {@link AssessmentLibrary#save}.
 */
public record StoredAssessment(long id, Assessment assessment, Instant created, Instant changed, long version,
                               String changedBy) {
}
