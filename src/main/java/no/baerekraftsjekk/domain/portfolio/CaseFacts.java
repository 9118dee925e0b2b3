package no.baerekraftsjekk.domain.portfolio;

import java.time.LocalDate;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.ReviewStatus;

/**
 * The facts of format version 2 that the portfolio reads and the name merge writes, in one place
 * (written before version 2 landed, now wired to it).
 * Version 2 (committee, meeting date, review) is being added to the model in parallel; until it is,
 * these answer as for a version 1 file, and each is one line to point at the new accessor. The
 * {@code with…} methods must then keep the version 2 fields too (through the model's own {@code with…}),
 * or a merge of unit names would drop the committee.
 */
public final class CaseFacts {
    private CaseFacts() {
    }

    /** The political body that decides the case; empty when not given. */
    public static String committee(CaseInfo info) {
        return info.committee();
    }

    /** The date of the meeting where the case is decided; null when not given. */
    public static LocalDate meetingDate(CaseInfo info) {
        return info.meetingDate();
    }

    /** Whether a leader has approved the assessment (review status APPROVED). */
    public static boolean approved(Assessment assessment) {
        return assessment.optionalReview().map(r -> r.status() == ReviewStatus.APPROVED).orElse(false);
    }

    /** The case with another unit, every other field kept. */
    public static CaseInfo withUnit(CaseInfo info, String unit) {
        return new CaseInfo(info.title(), info.caseNumber(), info.caseType(), info.organisation(), unit,
                info.caseworker(), info.date(), info.description(), info.exemptionBasis(), info.committee(), info.meetingDate());
    }

    /** The case with another organisation, every other field kept. */
    public static CaseInfo withOrganisation(CaseInfo info, String organisation) {
        return new CaseInfo(info.title(), info.caseNumber(), info.caseType(), organisation, info.unit(),
                info.caseworker(), info.date(), info.description(), info.exemptionBasis(), info.committee(), info.meetingDate());
    }

    /** The case with another committee; before version 2 there is nowhere to keep one. */
    public static CaseInfo withCommittee(CaseInfo info, String committee) {
        return info.withCommittee(committee);
    }
}
