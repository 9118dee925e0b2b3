package no.baerekraftsjekk.storage.council;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One entry of an assessment's history: the version it holds, who saved it and when. Saves by one
 * person within {@link PostgresLibrary#MERGE_WINDOW} are one entry covering
 * {@code firstVersion..version}; {@code restoredFrom} names the version a restore brought back.
 */
public record AssessmentVersion(long assessmentId, long version, long firstVersion, Instant started, Instant changed,
        String changedBy, OptionalLong restoredFrom) {
}
