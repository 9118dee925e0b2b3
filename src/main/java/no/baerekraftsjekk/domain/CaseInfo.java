package no.baerekraftsjekk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the assessed case is. Optional texts are empty strings, never null; {@code date} and
 * {@code meetingDate} may be null. The case is exempt from public access exactly when
 * {@code exemptionBasis} is non-null.
 *
 * @param committee the political body that decides the case (utvalg), format version 2
 * @param meetingDate the meeting where the case is decided, format version 2
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
        String exemptionBasis,
        String committee,
        LocalDate meetingDate) {

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
        committee = Objects.requireNonNullElse(committee, "");
    }

    /** The version 1 fields only: no committee, no meeting date. */
    public CaseInfo(String title, String caseNumber, CaseType caseType, String organisation, String unit,
            String caseworker, LocalDate date, String description, String exemptionBasis) {
        this(title, caseNumber, caseType, organisation, unit, caseworker, date, description, exemptionBasis, "", null);
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
        return new CaseInfo(value, caseNumber, caseType, organisation, unit, caseworker, date, description, exemptionBasis,
                committee, meetingDate);
    }

    public CaseInfo withDescription(String value) {
        return new CaseInfo(title, caseNumber, caseType, organisation, unit, caseworker, date, value, exemptionBasis,
                committee, meetingDate);
    }

    public CaseInfo withExemptionBasis(String value) {
        return new CaseInfo(title, caseNumber, caseType, organisation, unit, caseworker, date, description, value,
                committee, meetingDate);
    }

    public CaseInfo withCommittee(String value) {
        return new CaseInfo(title, caseNumber, caseType, organisation, unit, caseworker, date, description, exemptionBasis,
                value, meetingDate);
    }

    public CaseInfo withMeetingDate(LocalDate value) {
        return new CaseInfo(title, caseNumber, caseType, organisation, unit, caseworker, date, description, exemptionBasis,
                committee, value);
    }
}
