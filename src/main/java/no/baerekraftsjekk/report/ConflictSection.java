package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.report.ReportBlock.Field;
import no.baerekraftsjekk.report.ReportBlock.Fields;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * The chapter on goal conflicts, strongest first as the analysis orders them, each with how it is
 * weighed and mitigated; then handlings whose conflict is gone, and hints still open.
 */
final class ConflictSection {
    private ConflictSection() {
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.conflicts")));
        List<Conflict> conflicts = source.analysis().conflicts();
        if (conflicts.isEmpty()) {
            blocks.add(new Text(source.labels().text("section.conflicts.none"), TextStyle.BODY));
        }
        for (Conflict conflict : conflicts) {
            blocks.add(new Heading(2, ConflictTitles.of(conflict, source)));
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(source.labels().text("field.kind"), source.labels().conflictKind(conflict.kind())));
            fields.add(new Field(source.labels().text("field.severity"), source.labels().severity(conflict.severity())));
            if (conflict.kind() == ConflictKind.GOALS) {
                fields.add(new Field(source.labels().text("field.crossDimension"), source.labels().yesNo(conflict.crossDimension())));
            }
            fields.add(new Field(source.labels().text("field.handled"), source.labels().yesNo(conflict.handled())));
            blocks.add(new Fields(fields));
            if (conflict.kind() != ConflictKind.DIMENSIONS) {
                ConflictHandling handling = source.assessment().handlingFor(conflict.goals())
                        .orElse(ConflictHandling.of(conflict.goals(), "", ""));
                blocks.add(new LabelledText(source.labels().text("field.handling"), source.labels().orEmptyNote(handling.handling())));
                blocks.add(new LabelledText(source.labels().text("field.mitigation"), source.labels().orEmptyNote(handling.mitigation())));
            }
        }
        addOrphaned(blocks, source);
        addHints(blocks, source);
    }

    private static void addOrphaned(List<ReportBlock> blocks, ReportSource source) {
        List<ConflictHandling> orphaned = source.analysis().orphanedHandlings();
        if (orphaned.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, source.labels().text("section.conflicts.orphaned")));
        blocks.add(new Text(source.labels().text("section.conflicts.orphaned.intro"), TextStyle.NOTE));
        for (ConflictHandling handling : orphaned) {
            String title = ConflictTitles.ofGoals(handling.goals(), source);
            blocks.add(new LabelledText(title + ": " + source.labels().text("field.handling"), source.labels().orEmptyNote(handling.handling())));
            blocks.add(new LabelledText(title + ": " + source.labels().text("field.mitigation"), source.labels().orEmptyNote(handling.mitigation())));
        }
    }

    private static void addHints(List<ReportBlock> blocks, ReportSource source) {
        List<Hint> hints = source.analysis().hints();
        if (hints.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, source.labels().text("section.hints")));
        blocks.add(new Text(source.labels().text("section.hints.intro"), TextStyle.NOTE));
        List<List<String>> rows = hints.stream()
                .map(h -> List.of(source.labels().text("hint.goals", h.goals().get(0), h.goals().get(1)), source.guidance().hintText(h)))
                .toList();
        blocks.add(new Table(List.of(source.labels().text("table.goal"), source.labels().text("table.text")), rows, List.of(1, 3)));
    }
}
