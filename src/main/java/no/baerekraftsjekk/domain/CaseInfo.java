package no.baerekraftsjekk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the assessed case is. Optional texts are empty strings, never null; {@code date} may be null.
 * The case is exempt from public access exactly when {@code exemptionBasis} is non-null.
 */
public record CaseInfo(
        String title,
        String caseNumber,
        CaseType caseType,
        String organisation,
        String unit,
        String caseworker,
        LocalDate date,
        String description,
        String exemptionBasis) {

    public CaseInfo {
        title = Objects.requireNonNullElse(title, "");
        caseNumber = Objects.requireNonNullElse(caseNumber, "");
        caseType = Objects.requireNonNullElse(caseType, CaseType.OTHER);
        organisation = Objects.requireNonNullElse(organisation, "");
        unit = Objects.requireNonNullElse(unit, "");
        caseworker = Objects.requireNonNullElse(caseworker, "");
        description = Objects.requireNonNullElse(description, "");
    }

    public static CaseInfo titled(String title) {
        return new CaseInfo(title, "", CaseType.OTHER, "", "", "", null, "", null);
    }

    public boolean isExempt() {
        return exemptionBasis != null;
    }

    public CaseInfo withTitle(String value) {
        return new CaseInfo(value, caseNumber, caseType, organisation, unit, caseworker, date, description, exemptionBasis);
    }

    public CaseInfo withExemptionBasis(String value) {
        return new CaseInfo(title, caseNumber, caseType, organisation, unit, caseworker, date, description, value);
    }
}
