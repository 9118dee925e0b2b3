package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.report.ReportBlock.Heading;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Text;
import no.baerekraftsjekk.report.ReportBlock.TextStyle;

/**
 * Many conflicts with nothing written, as one matrix: a row for each goal that gains, a column for
 * each goal that loses, and in the cell the strength of that direction. When most goals pull both
 * ways a list runs to pages; the matrix shows every direction on less than one.
 */
final class ConflictMatrix {
    /** Up to this many lines a list reads better than a matrix. */
    static final int LIST_LINES = 30;

    private ConflictMatrix() {
    }

    static boolean isBetterFor(List<Conflict> conflicts, ReportSource source) {
        return conflicts.stream().mapToInt(c -> ConflictLines.of(c, source).size()).sum() > LIST_LINES;
    }

    static void addTo(List<ReportBlock> blocks, List<Conflict> conflicts, ReportSource source) {
        int[][] strength = new int[Goal.LAST + 1][Goal.LAST + 1];
        TreeSet<Integer> gaining = new TreeSet<>();
        TreeSet<Integer> losing = new TreeSet<>();
        for (Conflict conflict : conflicts) {
            for (int[] d : directions(conflict, source)) {
                strength[d[0]][d[1]] = Math.max(strength[d[0]][d[1]], d[2]);
                gaining.add(d[0]);
                losing.add(d[1]);
            }
        }
        blocks.add(new Heading(2, source.labels().text("section.conflicts.matrix")));
        blocks.add(new Text(source.labels().text("section.conflicts.matrix.intro", conflicts.size()), TextStyle.NOTE));
        List<String> header = new ArrayList<>(List.of(source.labels().text("table.matrixCorner")));
        losing.forEach(n -> header.add(String.valueOf(n)));
        List<List<String>> rows = new ArrayList<>();
        for (int a : gaining) {
            List<String> row = new ArrayList<>(List.of(source.labels().text("conflict.side", source.goalName(a),
                    ConflictLines.signed(source.positive(a)))));
            for (int b : losing) {
                row.add(strength[a][b] == 0 ? "" : String.valueOf(strength[a][b]));
            }
            rows.add(row);
        }
        List<Integer> widths = new ArrayList<>(List.of(Math.max(6, losing.size() * 2 / 3)));
        losing.forEach(n -> widths.add(1));
        blocks.add(new Table(header, rows, widths));
        blocks.add(new Text(source.labels().text("section.conflicts.matrix.losing", String.join(", ", losing.stream()
                .map(n -> source.labels().text("conflict.side", source.goalName(n), ConflictLines.signed(-source.negative(n))))
                .toList())), TextStyle.NOTE));
    }

    /** {gaining goal, losing goal, strength} for each direction of a goal conflict or a conflict within a goal. */
    private static List<int[]> directions(Conflict conflict, ReportSource source) {
        List<int[]> out = new ArrayList<>();
        switch (conflict.kind()) {
            case GOALS -> {
                int a = conflict.goals().get(0);
                int b = conflict.goals().get(1);
                add(out, a, b, Math.min(source.positive(a), source.negative(b)));
                add(out, b, a, Math.min(source.positive(b), source.negative(a)));
            }
            case WITHIN_GOAL -> {
                int g = conflict.goals().getFirst();
                add(out, g, g, Math.min(source.positive(g), source.negative(g)));
            }
            case DIMENSIONS -> { }
        }
        return out;
    }

    private static void add(List<int[]> out, int gaining, int losing, int strength) {
        if (strength >= 1) {
            out.add(new int[] {gaining, losing, strength});
        }
    }
}
