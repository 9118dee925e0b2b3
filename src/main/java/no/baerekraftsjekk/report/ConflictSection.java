package no.baerekraftsjekk.report;

import static no.baerekraftsjekk.report.ReportLabels.text;

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
        blocks.add(new Heading(1, text("section.conflicts")));
        List<Conflict> conflicts = source.analysis().conflicts();
        if (conflicts.isEmpty()) {
            blocks.add(new Text(text("section.conflicts.none"), TextStyle.BODY));
        }
        for (Conflict conflict : conflicts) {
            blocks.add(new Heading(2, ConflictTitles.of(conflict, source)));
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(text("field.kind"), ReportLabels.conflictKind(conflict.kind())));
            fields.add(new Field(text("field.severity"), ReportLabels.severity(conflict.severity())));
            if (conflict.kind() == ConflictKind.GOALS) {
                fields.add(new Field(text("field.crossDimension"), ReportLabels.yesNo(conflict.crossDimension())));
            }
            fields.add(new Field(text("field.handled"), ReportLabels.yesNo(conflict.handled())));
            blocks.add(new Fields(fields));
            if (conflict.kind() != ConflictKind.DIMENSIONS) {
                ConflictHandling handling = source.assessment().handlingFor(conflict.goals())
                        .orElse(ConflictHandling.of(conflict.goals(), "", ""));
                blocks.add(new LabelledText(text("field.handling"), ReportLabels.orEmptyNote(handling.handling())));
                blocks.add(new LabelledText(text("field.mitigation"), ReportLabels.orEmptyNote(handling.mitigation())));
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
        blocks.add(new Heading(2, text("section.conflicts.orphaned")));
        blocks.add(new Text(text("section.conflicts.orphaned.intro"), TextStyle.NOTE));
        for (ConflictHandling handling : orphaned) {
            String title = ConflictTitles.ofGoals(handling.goals(), source);
            blocks.add(new LabelledText(title + ": " + text("field.handling"), ReportLabels.orEmptyNote(handling.handling())));
            blocks.add(new LabelledText(title + ": " + text("field.mitigation"), ReportLabels.orEmptyNote(handling.mitigation())));
        }
    }

    private static void addHints(List<ReportBlock> blocks, ReportSource source) {
        List<Hint> hints = source.analysis().hints();
        if (hints.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, text("section.hints")));
        blocks.add(new Text(text("section.hints.intro"), TextStyle.NOTE));
        List<List<String>> rows = hints.stream()
                .map(h -> List.of(ReportLabels.text("hint.goals", h.goals().get(0), h.goals().get(1)), h.text()))
                .toList();
        blocks.add(new Table(List.of(text("table.goal"), text("table.text")), rows, List.of(1, 3)));
    }
}
