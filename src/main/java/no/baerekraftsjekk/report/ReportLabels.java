package no.baerekraftsjekk.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The words a report uses, in the report's language: its own texts ({@code report.*}) and the long
 * names of the values, the same names the window uses.
 */
final class ReportLabels {
    private final Texts texts;
    private final DateTimeFormatter date;

    ReportLabels(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        // Norwegian writes "2. desember 2026", English "2 December 2026".
        String pattern = texts.language() == Language.EN ? "d MMMM yyyy" : "d. MMMM yyyy";
        this.date = DateTimeFormatter.ofPattern(pattern, texts.language().locale());
    }

    Texts texts() {
        return texts;
    }

    String text(String key, Object... args) {
        return texts.get("report." + key, args);
    }

    String caseType(CaseType value) {
        return texts.longName(value);
    }

    String status(Status value) {
        return texts.longName(value);
    }

    String relevance(Relevance value) {
        return texts.longName(value);
    }

    String certainty(Certainty value) {
        return value == null ? text("value.none") : texts.longName(value);
    }

    String horizon(Horizon value) {
        return value == null ? text("value.none") : texts.longName(value);
    }

    /** "2 – middels". */
    String effect(int level) {
        return texts.effectLong(level);
    }

    String severity(int level) {
        return text("severity." + Math.clamp(level, 1, 3));
    }

    String dimension(Dimension value) {
        return texts.longName(value);
    }

    String conflictKind(ConflictKind value) {
        return texts.longName(value);
    }

    String yesNo(boolean value) {
        return text(value ? "value.yes" : "value.no");
    }

    String date(LocalDate value) {
        return value == null ? text("value.noDate") : date.format(value);
    }

    /** The text itself, or a visible "Ikke fylt ut." so an empty field is never mistaken for a lost one. */
    String orEmptyNote(String value) {
        return value == null || value.isBlank() ? text("value.empty") : value;
    }

    /** The text itself, or "Ikke oppgitt" for a short field left empty. */
    String orNone(String value) {
        return value == null || value.isBlank() ? text("value.none") : value;
    }
}
