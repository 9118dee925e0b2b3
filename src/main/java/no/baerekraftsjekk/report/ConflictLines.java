package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictDirection;
import no.baerekraftsjekk.domain.analysis.ConflictWording;

/**
 * A conflict told with its direction: which goal (or dimension) gains, which loses, and by how much.
 * A pair that pulls both ways has two directions, the stronger first. A cross-dimension goal
 * conflict names the dimension of each goal.
 */
final class ConflictLines {
    private ConflictLines() {
    }

    /** One direction of a conflict: the gaining and the losing side, each with its level. */
    record Direction(String gaining, String losing, int strength, int total, ReportLabels labels) {
        /** "Mål 7 Ren energi til alle (+3) vinner, mål 15 Livet på land (−2) taper." */
        String sentence() {
            return labels.text("conflict.direction", gaining, midSentence(labels, losing));
        }

        /** "Mål 7 Ren energi til alle (+3) → mål 15 Livet på land (−2)". */
        String arrow() {
            return labels.text("conflict.arrow", gaining, midSentence(labels, losing));
        }
    }

    /** "Mål 4 …" in the middle of a sentence is "mål 4 …"; a dimension keeps its capital. */
    private static String midSentence(ReportLabels labels, String side) {
        String goalWord = labels.text("goal.heading", 0, "").split(" ")[0];
        return side.startsWith(goalWord + " ") ? goalWord.toLowerCase(java.util.Locale.ROOT) + side.substring(goalWord.length()) : side;
    }

    /** The directions as the domain finds them ({@link ConflictWording}), told in the report's notation. */
    static List<Direction> of(Conflict conflict, ReportSource source) {
        List<Direction> directions = new ArrayList<>();
        ConflictWording wording = new ConflictWording(source.guidance().dimensions());
        for (ConflictDirection d : wording.directions(conflict, source.assessment(), source.analysis())) {
            int total = d.gaining().level() + d.losing().level();
            if (d.gaining().isGoal()) {
                boolean cross = conflict.crossDimension();
                directions.add(new Direction(goalSide(source, d.gaining().goal(), d.gaining().level(), cross),
                        goalSide(source, d.losing().goal(), -d.losing().level(), cross), d.strength(), total, source.labels()));
            } else {
                directions.add(new Direction(
                        source.labels().text("conflict.side", source.labels().dimension(d.gaining().dimension()), signed(d.gaining().level())),
                        source.labels().text("conflict.side", source.labels().dimension(d.losing().dimension()), signed(-d.losing().level())),
                        d.strength(), total, source.labels()));
            }
        }
        return directions;
    }

    /** Every direction of the conflict as sentences, one per line. */
    static String sentences(Conflict conflict, ReportSource source) {
        return String.join("\n", of(conflict, source).stream().map(Direction::sentence).toList());
    }

    /** "Mål 4 God utdanning (+3)", or with its dimension "Mål 4 God utdanning (+3, Sosial)". */
    private static String goalSide(ReportSource source, int goal, int level, boolean withDimension) {
        String name = source.goalName(goal);
        if (withDimension) {
            String dimension = source.dimensionOf(goal).map(source.labels()::dimension).orElse(null);
            if (dimension != null) {
                return source.labels().text("conflict.sideWithDimension", name, signed(level), dimension);
            }
        }
        return source.labels().text("conflict.side", name, signed(level));
    }

    /** +3 or −2 with a real minus sign, which screen readers and print both read right. */
    static String signed(int level) {
        return level >= 0 ? "+" + level : "\u2212" + (-level);
    }
}
