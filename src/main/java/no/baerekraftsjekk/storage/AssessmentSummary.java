package no.baerekraftsjekk.storage;

import java.time.Instant;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Status;

/** One row of the library list: enough to find and open an assessment without loading it. */
public record AssessmentSummary(
        long id,
        String title,
        String caseNumber,
        CaseType caseType,
        String unit,
        Status status,
        Instant created,
        Instant changed) {
}
