package no.baerekraftsjekk.domain.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every figure of a portfolio as lines of text, so two portfolios can be compared whole: entries are
 * objects without equality of their own, and the counts are arrays, which records compare by identity.
 */
public final class PortfolioSnapshot {
    private PortfolioSnapshot() {
    }

    public static List<String> of(Portfolio p) {
        List<String> lines = new ArrayList<>();
        lines.add("cases " + p.cases() + " exempt " + p.exempt() + " notRelevant " + p.notRelevantMarks() + " stages " + stages(p::stage)
                + " alternatives " + p.casesWithAlternatives() + " unchosen " + p.casesWithoutRecommendation());
        for (PortfolioEntry e : p.entries()) {
            lines.add("entry " + entry(e));
        }
        for (GoalRow g : p.goals()) {
            lines.add("goal " + g.goal() + " " + counts(g.effects()) + " notRelevant " + g.notRelevant());
        }
        for (DimensionRow d : p.dimensions()) {
            lines.add("dimension " + d.dimension() + " " + counts(d.effects()));
        }
        p.conflictPairs().forEach(pair -> lines.add("pair " + pair));
        p.unhandled().forEach(u -> lines.add("unhandled " + u.entry().id() + " " + u.conflict()));
        p.byUnit().forEach(r -> lines.add("unit " + group(r)));
        p.byCommittee().forEach(r -> lines.add("committee " + group(r)));
        p.trend().forEach(r -> lines.add("trend " + group(r)));
        return lines;
    }

    private static String entry(PortfolioEntry e) {
        StringBuilder s = new StringBuilder();
        s.append(e.id()).append(' ').append(e.title()).append('|').append(e.caseNumber()).append('|').append(e.caseType())
                .append('|').append(e.unit()).append('|').append(e.committee()).append('|').append(e.organisation())
                .append('|').append(e.periodDate()).append('|').append(e.stage()).append('|').append(e.exempt())
                .append('|').append(e.alternatives()).append('|').append(e.countedAlternative()).append(" effects");
        for (int goal = 1; goal <= 17; goal++) {
            s.append(' ').append(e.effect(goal, Side.POSITIVE)).append('/').append(e.effect(goal, Side.NEGATIVE))
                    .append(e.notRelevant(goal) ? "n" : "");
        }
        s.append(" local-goal ratings");
        for (int goal = 1; goal <= 17; goal++) {
            var r = e.goalRatings();
            s.append(' ').append(r.relevant(goal) ? "r" : "-").append(r.positive(goal)).append('/').append(r.negative(goal))
                    .append(r.targets(goal));
        }
        for (var d : no.baerekraftsjekk.domain.Dimension.values()) {
            s.append(" ").append(d).append(e.dimensionEffect(d, Side.POSITIVE)).append('/').append(e.dimensionEffect(d, Side.NEGATIVE));
        }
        return s.append(" conflicts ").append(e.goalConflicts()).append(" unhandled ").append(e.unhandledSevereConflicts()).toString();
    }

    private static String group(GroupRow r) {
        return r.key() + "|" + r.name() + "|" + r.selection() + "|" + r.cases() + "|" + stages(r::stage) + "|" + r.withPositive()
                + "|" + r.withNegative() + "|" + r.withUnhandled();
    }

    /** In the order of the stages: a map's own order may differ between equal maps. */
    private static String stages(java.util.function.ToIntFunction<Stage> count) {
        StringBuilder s = new StringBuilder();
        for (Stage stage : Stage.values()) {
            s.append(stage).append('=').append(count.applyAsInt(stage)).append(' ');
        }
        return s.toString();
    }

    private static String counts(EffectCounts c) {
        return Arrays.toString(c.positive()) + Arrays.toString(c.negative());
    }
}
