package no.baerekraftsjekk.domain.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictOrder;

/**
 * Adds the filtered cases up. Plain counting over entries already analysed by the rules: it applies
 * no rule of its own, so the portfolio can never disagree with what each assessment shows.
 * One pass over the cases with arrays, because a council library holds 100 000 of them.
 */
public final class PortfolioCalculator {
    private static final Dimension[] DIMENSIONS = Dimension.values();
    private static final Stage[] STAGES = Stage.values();

    public Portfolio calculate(Collection<PortfolioEntry> all, PortfolioFilter filter, TrendInterval interval) {
        List<PortfolioEntry> entries = new ArrayList<>(all.size());
        for (PortfolioEntry entry : all) {
            if (filter.test(entry)) {
                entries.add(entry);
            }
        }
        int[][] goalPositive = new int[Goal.LAST + 1][4];
        int[][] goalNegative = new int[Goal.LAST + 1][4];
        int[] notRelevant = new int[Goal.LAST + 1];
        int dimensions = Dimension.values().length;
        int[][] dimensionPositive = new int[dimensions][4];
        int[][] dimensionNegative = new int[dimensions][4];
        int[] pairs = new int[(Goal.LAST + 1) * (Goal.LAST + 1)];
        // Unhandled conflicts by kind, goals and severity: see sortedUnhandled.
        Map<Conflict, List<PortfolioEntry>> unhandledByConflict = new HashMap<>();
        int[] stageCounts = new int[STAGES.length];
        int exempt = 0;
        int notRelevantMarks = 0;
        for (PortfolioEntry e : entries) {
            for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
                goalPositive[goal][e.effect(goal, Side.POSITIVE)]++;
                goalNegative[goal][e.effect(goal, Side.NEGATIVE)]++;
                if (e.notRelevant(goal)) {
                    notRelevant[goal]++;
                    notRelevantMarks++;
                }
            }
            for (Dimension d : DIMENSIONS) {
                dimensionPositive[d.ordinal()][e.dimensionEffect(d, Side.POSITIVE)]++;
                dimensionNegative[d.ordinal()][e.dimensionEffect(d, Side.NEGATIVE)]++;
            }
            for (Conflict c : e.goalConflicts()) {
                pairs[c.goals().get(0) * (Goal.LAST + 1) + c.goals().get(1)]++;
            }
            for (Conflict c : e.unhandledSevereConflicts()) {
                unhandledByConflict.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
            }
            stageCounts[e.stage().ordinal()]++;
            if (e.exempt()) {
                exempt++;
            }
        }
        List<GoalRow> goals = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            goals.add(new GoalRow(goal, new EffectCounts(goalPositive[goal], goalNegative[goal]), notRelevant[goal]));
        }
        List<DimensionRow> dimensionRows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            dimensionRows.add(new DimensionRow(d, new EffectCounts(dimensionPositive[d.ordinal()], dimensionNegative[d.ordinal()])));
        }
        List<PairCount> pairCounts = new ArrayList<>();
        for (int a = Goal.FIRST; a <= Goal.LAST; a++) {
            for (int b = a + 1; b <= Goal.LAST; b++) {
                int n = pairs[a * (Goal.LAST + 1) + b];
                if (n > 0) {
                    pairCounts.add(new PairCount(a, b, n));
                }
            }
        }
        // Most cases first; equal counts keep goal order, so the list is the same on every run.
        pairCounts.sort(Comparator.comparingInt(PairCount::cases).reversed());
        return new Portfolio(filter, entries, exempt, goals, dimensionRows, pairCounts, sortedUnhandled(unhandledByConflict),
                stageMap(stageCounts), notRelevantMarks,
                byName(entries, Grouping.UNIT), byName(entries, Grouping.COMMITTEE), interval, trend(entries, interval));
    }

    /**
     * The unhandled conflicts strongest first, in case order among equal ones: the same list a stable
     * sort by {@link ConflictOrder} gives, without comparing tens of thousands of conflicts. Every
     * conflict here is unhandled, so two are equal as records exactly when ConflictOrder finds them
     * equal (it compares kind, goals, dimensions, severity and the cross-dimension flag); only the
     * few different conflicts are sorted, and each keeps its cases in the order they came. The
     * list is read through ({@link UnhandledConflicts}): a council library has hundreds of thousands,
     * of which the screen shows twelve.
     */
    private static List<UnhandledConflict> sortedUnhandled(Map<Conflict, List<PortfolioEntry>> byConflict) {
        List<Conflict> kinds = new ArrayList<>(byConflict.keySet());
        kinds.sort(ConflictOrder.INSTANCE);
        List<List<PortfolioEntry>> cases = new ArrayList<>(kinds.size());
        for (Conflict kind : kinds) {
            cases.add(byConflict.get(kind));
        }
        return new UnhandledConflicts(kinds, cases);
    }

    /** Counts by stage as a map, leaving out the stages no case is in (as Map.merge did). */
    private static Map<Stage, Integer> stageMap(int[] counts) {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (Stage stage : STAGES) {
            if (counts[stage.ordinal()] > 0) {
                stages.put(stage, counts[stage.ordinal()]);
            }
        }
        return stages;
    }

    private static List<GroupRow> byName(List<PortfolioEntry> entries, Grouping grouping) {
        List<GroupRow> rows = groups(entries, grouping::keyOf, grouping::nameOf,
                key -> new Selection.InGroup(grouping, key));
        rows.sort(Comparator.comparingInt(GroupRow::cases).reversed().thenComparing(GroupRow::key));
        return rows;
    }

    private static List<GroupRow> trend(List<PortfolioEntry> entries, TrendInterval interval) {
        List<GroupRow> rows = groups(entries, e -> e.periodKey(interval), e -> e.periodKey(interval),
                key -> new Selection.InPeriod(interval, key));
        rows.sort(Comparator.comparing(GroupRow::key));
        return rows;
    }

    private static List<GroupRow> groups(List<PortfolioEntry> entries, Function<PortfolioEntry, String> key,
                                         Function<PortfolioEntry, String> name, Function<String, Selection> selection) {
        Map<String, Builder> builders = new HashMap<>();
        for (PortfolioEntry e : entries) {
            builders.computeIfAbsent(key.apply(e), Builder::new).add(e, name.apply(e));
        }
        List<GroupRow> rows = new ArrayList<>();
        for (Builder b : builders.values()) {
            rows.add(b.build(selection.apply(b.key)));
        }
        return rows;
    }

    /** Counts of one group as its cases come by. */
    private static final class Builder {
        private final String key;
        /** Cases by spelling; a counter each rather than a boxed number made anew for every case. */
        private final Map<String, int[]> spellings = new HashMap<>();
        private final int[] stages = new int[STAGES.length];
        private int cases;
        private int withPositive;
        private int withNegative;
        private int withUnhandled;

        Builder(String key) {
            this.key = key;
        }

        void add(PortfolioEntry e, String spelling) {
            cases++;
            spellings.computeIfAbsent(spelling.strip(), k -> new int[1])[0]++;
            stages[e.stage().ordinal()]++;
            withPositive += e.anyEffect(Side.POSITIVE) ? 1 : 0;
            withNegative += e.anyEffect(Side.NEGATIVE) ? 1 : 0;
            withUnhandled += e.unhandledSevereConflicts().isEmpty() ? 0 : 1;
        }

        GroupRow build(Selection selection) {
            // The spelling most cases use; a tie goes to the first in sort order, so it is stable.
            Map<String, Integer> counted = new TreeMap<>();
            spellings.forEach((spelling, n) -> counted.put(spelling, n[0]));
            String name = counted.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("");
            return new GroupRow(key, name, selection, cases, stageMap(stages), withPositive, withNegative, withUnhandled);
        }
    }
}
