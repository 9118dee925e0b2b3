package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.analysis.OpenHints;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * The chapter on goal conflicts, strongest first as the analysis orders them. Conflicts of severity 2
 * and 3 get a block each: which goal gains and which loses, the weighing and the measures. Weak ones
 * (severity 1) share one compact table. Then handlings whose conflict is gone, and the open hints.
 */
final class ConflictSection {
    private ConflictSection() {
    }

    static boolean hasConflictsToWeigh(ReportSource source) {
        return !strong(source).isEmpty();
    }

    /** «Kort»: only the conflicts that need weighing, each with its weighing and measures. */
    static void addWeighingOnly(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.conflicts.weigh")));
        for (Conflict conflict : strong(source)) {
            if (written(conflict, source)) {
                addBlock(blocks, conflict, source);
            }
        }
        List<Conflict> unwritten = strong(source).stream().filter(c -> !written(c, source)).toList();
        if (ConflictMatrix.isBetterFor(unwritten, source)) {
            ConflictMatrix.addTo(blocks, unwritten, source);
        } else {
            addUnweighed(blocks, source);
        }
    }

    /** Whether the caseworker wrote a weighing or measures for the conflict; a dimension conflict has its own line. */
    private static boolean written(Conflict conflict, ReportSource source) {
        return conflict.kind() == ConflictKind.DIMENSIONS || writtenFor(conflict, source);
    }

    /**
     * Conflicts of severity 2 and 3 with nothing written yet, in one table: a block of their own
     * would hold only the direction, and a list of them shows at a glance what is left to weigh.
     */
    private static void addUnweighed(List<ReportBlock> blocks, ReportSource source) {
        List<Conflict> open = strong(source).stream().filter(c -> !written(c, source)).toList();
        if (open.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, source.labels().text("section.conflicts.unweighed")));
        List<List<String>> rows = new ArrayList<>();
        for (Conflict conflict : open) {
            rows.add(List.of(String.join("\n", ConflictLines.of(conflict, source).stream()
                    .map(ConflictLines.Direction::arrow).toList()),
                    source.labels().severity(conflict.severity())));
        }
        blocks.add(new Table(List.of(source.labels().text("table.direction"), source.labels().text("field.severity")), rows, List.of(8, 1)));
    }

    static void addTo(List<ReportBlock> blocks, ReportSource source) {
        blocks.add(new Heading(1, source.labels().text("section.conflicts")));
        List<Conflict> conflicts = source.analysis().conflicts();
        if (source.relevantGoals().isEmpty()) {
            blocks.add(new Text(source.labels().text("summary.conflicts.notAssessed"), TextStyle.BODY));
        } else if (conflicts.isEmpty()) {
            blocks.add(new Text(source.labels().text("section.conflicts.noneAmong", source.relevantGoals().size()), TextStyle.BODY));
        } else {
            blocks.add(new Text(source.labels().text("section.conflicts.intro"), TextStyle.NOTE));
        }
        for (Conflict conflict : strong(source)) {
            if (written(conflict, source)) {
                addBlock(blocks, conflict, source);
            }
        }
        List<Conflict> unwritten = source.analysis().conflicts().stream()
                .filter(c -> c.kind() != ConflictKind.DIMENSIONS && !writtenFor(c, source)).toList();
        if (ConflictMatrix.isBetterFor(unwritten, source)) {
            ConflictMatrix.addTo(blocks, unwritten, source);
            addWeak(blocks, source, true);
        } else {
            addUnweighed(blocks, source);
            addWeak(blocks, source, false);
        }
        addMinorNote(blocks, source);
        addOrphaned(blocks, source);
        addHints(blocks, source);
    }

    private static List<Conflict> strong(ReportSource source) {
        return source.analysis().conflicts().stream().filter(c -> c.severity() >= 2).toList();
    }

    /**
     * One conflict that needs weighing: its direction in bold (which goal gains and which loses, by how
     * much), its severity, and the weighing and measures when written.
     */
    private static void addBlock(List<ReportBlock> blocks, Conflict conflict, ReportSource source) {
        blocks.add(new Text(ConflictLines.sentences(conflict, source), TextStyle.LEAD));
        List<String> facts = new ArrayList<>();
        facts.add(source.labels().text("conflict.kindShort." + conflict.kind().name()));
        facts.add(source.labels().text("field.severity") + ": " + source.labels().severity(conflict.severity()));
        if (conflict.kind() == ConflictKind.GOALS && conflict.crossDimension()) {
            facts.add(source.labels().text("conflict.crossDimension"));
        }
        if (conflict.kind() == ConflictKind.DIMENSIONS) {
            facts.add(source.labels().text(conflict.handled() ? "conflict.dimensions.handled" : "conflict.dimensions.open"));
        } else {
            facts.add(source.labels().text("field.handled") + ": " + source.labels().yesNo(conflict.handled()));
        }
        blocks.add(new Text(String.join(" · ", facts), TextStyle.NOTE));
        if (conflict.kind() != ConflictKind.DIMENSIONS) {
            source.assessment().handlingFor(conflict.goals()).ifPresent(handling -> addHandling(blocks, source, "", handling));
        }
    }

    /** The weighing and the measures, each only when written: an empty field is left out, not announced. */
    private static void addHandling(List<ReportBlock> blocks, ReportSource source, String prefix, ConflictHandling handling) {
        if (!handling.handling().isBlank()) {
            blocks.add(new LabelledText(prefix + source.labels().text("field.handling"), handling.handling().strip()));
        }
        if (!handling.mitigation().isBlank()) {
            blocks.add(new LabelledText(prefix + source.labels().text("field.mitigation"), handling.mitigation().strip()));
        }
    }

    /**
     * Severity 1 in one table, a row per conflict and a line per direction ("Mål 3 … (+1) → mål 10 …
     * (−1)"); a weighing written for one of them is kept in its row.
     */
    private static void addWeak(List<ReportBlock> blocks, ReportSource source, boolean writtenOnly) {
        List<Conflict> weak = source.analysis().conflicts().stream().filter(c -> c.severity() < 2)
                .filter(c -> !writtenOnly || written(c, source)).toList();
        if (weak.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, source.labels().text("section.conflicts.weak")));
        boolean anyWritten = weak.stream().anyMatch(c -> writtenFor(c, source));
        List<List<String>> rows = new ArrayList<>();
        for (Conflict conflict : weak) {
            String directions = String.join("\n", ConflictLines.of(conflict, source).stream()
                    .map(ConflictLines.Direction::arrow).toList());
            String handled = source.labels().yesNo(conflict.handled());
            if (anyWritten) {
                String written = conflict.kind() == ConflictKind.DIMENSIONS ? "" : source.assessment().handlingFor(conflict.goals())
                        .map(h -> String.join("\n", List.of(h.handling().strip(), h.mitigation().strip()).stream()
                                .filter(x -> !x.isEmpty()).toList())).orElse("");
                rows.add(List.of(directions, written.isEmpty() ? handled : written));
            } else {
                rows.add(List.of(directions, handled));
            }
        }
        blocks.add(anyWritten
                ? new Table(List.of(source.labels().text("table.direction"), source.labels().text("field.handling")), rows, List.of(4, 7))
                : new Table(List.of(source.labels().text("table.direction"), source.labels().text("field.handled")), rows, List.of(9, 1)));
    }

    /** The one note the caseworker may write for all the small conflicts together, when written. */
    private static void addMinorNote(List<ReportBlock> blocks, ReportSource source) {
        String note = source.assessment().minorConflictsNote().strip();
        if (!note.isEmpty()) {
            blocks.add(new LabelledText(source.labels().text("section.conflicts.minorNote"), note));
        }
    }

    private static boolean writtenFor(Conflict conflict, ReportSource source) {
        return conflict.kind() != ConflictKind.DIMENSIONS && source.assessment().handlingFor(conflict.goals())
                .map(h -> !h.handling().isBlank() || !h.mitigation().isBlank()).orElse(false);
    }

    private static void addOrphaned(List<ReportBlock> blocks, ReportSource source) {
        List<ConflictHandling> orphaned = source.analysis().orphanedHandlings().stream()
                .filter(h -> !h.handling().isBlank() || !h.mitigation().isBlank()).toList();
        if (orphaned.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, source.labels().text("section.conflicts.orphaned")));
        blocks.add(new Text(source.labels().text("section.conflicts.orphaned.intro"), TextStyle.NOTE));
        for (ConflictHandling handling : orphaned) {
            addHandling(blocks, source, ConflictTitles.ofGoals(handling.goals(), source) + ": ", handling);
        }
    }

    /**
     * The open hints, one row per goal that may be overlooked, naming the goals it often pulls against;
     * the knowledge base's longer explanation is in the window, where the hint can be acted on.
     */
    private static void addHints(List<ReportBlock> blocks, ReportSource source) {
        // Only the open hints: one the caseworker marked «Vurdert – ikke aktuelt» has been looked at.
        List<Hint> hints = OpenHints.of(source.analysis(), source.assessment());
        if (hints.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, source.labels().text("section.hints")));
        blocks.add(new Text(source.labels().text("section.hints.intro"), TextStyle.NOTE));
        java.util.Map<Integer, java.util.SortedSet<Integer>> byGoal = new java.util.TreeMap<>();
        for (Hint hint : hints) {
            int other = hint.goals().get(0) == hint.overlookedGoal() ? hint.goals().get(1) : hint.goals().get(0);
            byGoal.computeIfAbsent(hint.overlookedGoal(), k -> new java.util.TreeSet<>()).add(other);
        }
        List<List<String>> rows = new ArrayList<>();
        byGoal.forEach((goal, others) -> rows.add(List.of(
                source.goalName(goal) + " (" + (source.assessment().isAssessed(goal)
                        ? source.labels().text("chart.notRelevant") : source.labels().text("chart.notAssessed")).toLowerCase(java.util.Locale.ROOT) + ")",
                String.join("\n", others.stream().map(source::goalName).toList()))));
        blocks.add(new Table(List.of(source.labels().text("table.overlooked"), source.labels().text("table.gainingGoal")), rows, List.of(1, 1)));
    }
}
