package no.baerekraftsjekk.domain.portfolio;

import java.util.List;
import java.util.Map;

/**
 * What the filtered cases together do to the goals: the figures the screen and the exports show.
 * Made by {@link PortfolioCalculator}; every count is the size of a {@link Selection} over
 * {@link #entries()}.
 *
 * @param entries the cases the filter let through, in the order given
 * @param exempt how many of them are exempt from public access (counted, never named in an export)
 * @param goals the 17 goals in order
 * @param dimensions the three dimensions in order
 * @param conflictPairs goal pairs in conflict, most cases first
 * @param unhandled conflicts of severity 2 or more not weighed, strongest first
 * @param byUnit one row per unit (by {@link NameKey}), most cases first
 * @param byCommittee one row per committee, most cases first
 * @param trend one row per quarter or year, in time order
 */
public record Portfolio(PortfolioFilter filter, List<PortfolioEntry> entries, int exempt,
                        List<GoalRow> goals, List<DimensionRow> dimensions, List<PairCount> conflictPairs,
                        List<UnhandledConflict> unhandled, Map<Stage, Integer> stages, int notRelevantMarks,
                        List<GroupRow> byUnit, List<GroupRow> byCommittee, TrendInterval interval, List<GroupRow> trend) {

    public Portfolio {
        entries = List.copyOf(entries);
        goals = List.copyOf(goals);
        dimensions = List.copyOf(dimensions);
        conflictPairs = List.copyOf(conflictPairs);
        // Already immutable, and read through rather than held element by element: copying would make every element.
        unhandled = unhandled instanceof UnhandledConflicts ? unhandled : List.copyOf(unhandled);
        stages = Map.copyOf(stages);
        byUnit = List.copyOf(byUnit);
        byCommittee = List.copyOf(byCommittee);
        trend = List.copyOf(trend);
    }

    public int cases() {
        return entries.size();
    }

    /** How many cases have alternatives; each is counted by its recommended alternative. */
    public int casesWithAlternatives() {
        return (int) entries.stream().filter(e -> e.alternatives() > 0).count();
    }

    /** How many cases with alternatives have none recommended yet, and so count with no effects. */
    public int casesWithoutRecommendation() {
        return (int) entries.stream().filter(e -> e.alternatives() > 0 && e.countedAlternative().isEmpty()).count();
    }

    public int stage(Stage stage) {
        return stages.getOrDefault(stage, 0);
    }

    public GoalRow goal(int number) {
        return goals.get(number - 1);
    }

    /** The cases behind a number, in the portfolio's order. */
    public List<PortfolioEntry> casesOf(Selection selection) {
        return entries.stream().filter(selection).toList();
    }

    public List<GroupRow> groups(Grouping grouping) {
        return switch (grouping) {
            case UNIT -> byUnit;
            case COMMITTEE -> byCommittee;
            case ORGANISATION -> throw new IllegalArgumentException("The portfolio is not split by organisation");
        };
    }
}
