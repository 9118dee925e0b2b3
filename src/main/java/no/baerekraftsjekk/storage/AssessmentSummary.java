package no.baerekraftsjekk.storage;

import java.time.Instant;
import java.util.Objects;
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

    /*
     * Written out, though a record has them: the record's own are made at their first call
     * (invokedynamic), and the first call is the library list's first selection, on the FX thread
     * while the caseworker waits for the library: 6-8 ms on two cores.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AssessmentSummary that
                && id == that.id
                && Objects.equals(title, that.title)
                && Objects.equals(caseNumber, that.caseNumber)
                && caseType == that.caseType
                && Objects.equals(unit, that.unit)
                && status == that.status
                && Objects.equals(created, that.created)
                && Objects.equals(changed, that.changed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, caseNumber, caseType, unit, status, created, changed);
    }
}
