package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.CaseInfo;
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

    /**
     * Where format version 2's facts go once the model has them: committee ("Utvalg", key
     * report.field.committee), meeting date ("Møtedato", report.field.meetingDate) and, for an approved
     * assessment, who approved it and when ("Kvalitetssikret av", report.field.review with reviewer and
     * date). Empty until CaseInfo and Assessment carry those fields; wire them here and nothing else moves.
     */
    static List<Field> formatVersion2Facts(ReportSource source) {
        return List.of();
    }

    private static void add(ReportSource source, List<Field> fields, String key, String value) {
        if (!value.isBlank()) {
            fields.add(new Field(source.labels().text(key), value.strip()));
        }
    }
}
