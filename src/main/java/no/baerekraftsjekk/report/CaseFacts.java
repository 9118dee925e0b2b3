package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.report.ReportBlock.Field;

/**
 * The facts of the case on page 1, two pairs to a row. A fact left empty is left out, so the page
 * carries only what is known; the status is always there, as a draft must say so.
 */
final class CaseFacts {
    private CaseFacts() {
    }

    static List<Field> of(ReportSource source) {
        CaseInfo info = source.assessment().caseInfo();
        List<Field> fields = new ArrayList<>();
        add(source, fields, "field.caseNumber", info.caseNumber());
        fields.add(new Field(source.labels().text("field.caseType"), source.labels().caseType(info.caseType())));
        String organisation = String.join(", ", List.of(info.organisation(), info.unit()).stream()
                .filter(s -> !s.isBlank()).toList());
        add(source, fields, "field.organisationShort", organisation);
        add(source, fields, "field.caseworker", info.caseworker());
        if (info.date() != null) {
            fields.add(new Field(source.labels().text("field.date"), source.labels().date(info.date())));
        }
        fields.add(new Field(source.labels().text("field.status"), source.labels().status(source.assessment().status())));
        fields.addAll(formatVersion2Facts(source));
        return fields;
    }

    /** Format version 2's facts: the deciding committee, the meeting date, and who approved the assessment. */
    static List<Field> formatVersion2Facts(ReportSource source) {
        CaseInfo info = source.assessment().caseInfo();
        List<Field> fields = new ArrayList<>();
        add(source, fields, "field.committee", info.committee());
        if (info.meetingDate() != null) {
            fields.add(new Field(source.labels().text("field.meetingDate"), source.labels().date(info.meetingDate())));
        }
        Review review = source.assessment().review();
        if (review != null && review.isApproved()) {
            String date = review.date() == null ? "" : source.labels().date(review.date());
            String who = review.reviewer().isBlank() ? date
                    : date.isBlank() ? review.reviewer().strip()
                    : source.labels().text("field.reviewValue", review.reviewer().strip(), date);
            if (!who.isBlank()) {
                fields.add(new Field(source.labels().text("field.review"), who));
            }
        }
        return fields;
    }

    private static void add(ReportSource source, List<Field> fields, String key, String value) {
        if (!value.isBlank()) {
            fields.add(new Field(source.labels().text(key), value.strip()));
        }
    }
}
