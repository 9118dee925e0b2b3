package no.baerekraftsjekk.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.ConflictKind;

/** The Norwegian words a report uses for the values of an assessment, all from the one bundle. */
final class ReportLabels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("nb", "NO"));

    private ReportLabels() {
    }

    static String text(String key, Object... args) {
        return Messages.get("report." + key, args);
    }

    static String caseType(CaseType value) {
        return text("caseType." + value.name());
    }

    static String status(Status value) {
        return text("status." + value.name());
    }

    static String relevance(Relevance value) {
        return text("relevance." + value.name());
    }

    static String certainty(Certainty value) {
        return value == null ? text("value.none") : text("certainty." + value.name());
    }

    static String horizon(Horizon value) {
        return value == null ? text("value.none") : text("horizon." + value.name());
    }

    static String effect(int level) {
        return text("effect." + level);
    }

    static String severity(int level) {
        return text("severity." + Math.clamp(level, 1, 3));
    }

    static String dimension(Dimension value) {
        return text("dimension." + value.name());
    }

    static String conflictKind(ConflictKind value) {
        return text("conflict.kind." + value.name());
    }

    static String yesNo(boolean value) {
        return text(value ? "value.yes" : "value.no");
    }

    static String date(LocalDate value) {
        return value == null ? text("value.noDate") : DATE.format(value);
    }

    /** The text itself, or a visible "Ikke fylt ut." so an empty field is never mistaken for a lost one. */
    static String orEmptyNote(String value) {
        return value == null || value.isBlank() ? text("value.empty") : value;
    }

    /** The text itself, or "Ikke oppgitt" for a short field left empty. */
    static String orNone(String value) {
        return value == null || value.isBlank() ? text("value.none") : value;
    }
}
