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

    /** The longest title the format allows, in characters (code points) after trimming. Declared here only. */
    public static final int MAX_TITLE_LENGTH = 300;

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

    /** True when the title, trimmed, is longer than {@link #MAX_TITLE_LENGTH}. */
    public static boolean titleTooLong(String title) {
        String trimmed = title == null ? "" : title.strip();
        return trimmed.codePointCount(0, trimmed.length()) > MAX_TITLE_LENGTH;
    }

    /** The title shortened to the limit, ending in "…" when something was cut. */
    public static String fitTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (!titleTooLong(trimmed)) {
            return trimmed;
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_TITLE_LENGTH - 1)).strip() + "…";
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
