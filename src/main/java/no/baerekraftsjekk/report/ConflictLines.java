package no.baerekraftsjekk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;

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

    static List<Direction> of(Conflict conflict, ReportSource source) {
        List<Direction> directions = new ArrayList<>();
        switch (conflict.kind()) {
            case GOALS -> {
                int a = conflict.goals().get(0);
                int b = conflict.goals().get(1);
                addGoals(directions, source, conflict.crossDimension(), a, b);
                addGoals(directions, source, conflict.crossDimension(), b, a);
            }
            case WITHIN_GOAL -> {
                int goal = conflict.goals().getFirst();
                directions.add(new Direction(goalSide(source, goal, +source.positive(goal), false),
                        goalSide(source, goal, -source.negative(goal), false),
                        Math.min(source.positive(goal), source.negative(goal)), source.positive(goal) + source.negative(goal),
                        source.labels()));
            }
            case DIMENSIONS -> {
                Dimension d = conflict.dimensions().get(0);
                Dimension e = conflict.dimensions().get(1);
                addDimensions(directions, source, source.analysis().level(d), source.analysis().level(e));
                addDimensions(directions, source, source.analysis().level(e), source.analysis().level(d));
            }
        }
        // Strongest first; of two equally strong, the one with the larger effects.
        directions.sort(Comparator.comparingInt(Direction::strength).thenComparingInt(Direction::total).reversed());
        return directions;
    }

    /** Every direction of the conflict as sentences, one per line. */
    static String sentences(Conflict conflict, ReportSource source) {
        return String.join("\n", of(conflict, source).stream().map(Direction::sentence).toList());
    }

    private static void addGoals(List<Direction> directions, ReportSource source, boolean cross, int gaining, int losing) {
        int strength = Math.min(source.positive(gaining), source.negative(losing));
        if (strength >= 1) {
            directions.add(new Direction(goalSide(source, gaining, source.positive(gaining), cross),
                    goalSide(source, losing, -source.negative(losing), cross), strength,
                    source.positive(gaining) + source.negative(losing), source.labels()));
        }
    }

    private static void addDimensions(List<Direction> directions, ReportSource source, DimensionLevel gaining, DimensionLevel losing) {
        int strength = Math.min(gaining.positive(), losing.negative());
        if (strength >= 1) {
            directions.add(new Direction(
                    source.labels().text("conflict.side", source.labels().dimension(gaining.dimension()), signed(gaining.positive())),
                    source.labels().text("conflict.side", source.labels().dimension(losing.dimension()), signed(-losing.negative())),
                    strength, gaining.positive() + losing.negative(), source.labels()));
        }
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
