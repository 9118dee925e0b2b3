package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;

/**
 * The alternatives of a case side by side: one column per alternative (in the case's order) and one
 * row per goal that is relevant in at least one alternative, ascending by goal. The window's comparison
 * step, the report's comparison page and {@code check}'s {@code comparison} array all read this.
 */
public record Comparison(List<AlternativeColumn> columns, List<GoalComparison> goals) {

    public Comparison {
        columns = List.copyOf(columns);
        goals = List.copyOf(goals);
    }

    static Comparison of(List<AlternativeAnalysis> alternatives) {
        List<AlternativeColumn> columns = alternatives.stream()
                .map(a -> AlternativeColumn.of(a.alternative().label(), a.alternative().zero(), a.analysis()))
                .toList();
        List<GoalComparison> goals = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            boolean relevantSomewhere = false;
            List<Integer> positive = new ArrayList<>();
            List<Integer> negative = new ArrayList<>();
            for (AlternativeAnalysis alternative : alternatives) {
                GoalAssessment entry = alternative.alternative().goals().get(goal);
                boolean relevant = entry != null && entry.isRelevant();
                relevantSomewhere |= relevant;
                positive.add(relevant ? entry.positive() : 0);
                negative.add(relevant ? entry.negative() : 0);
            }
            if (relevantSomewhere) {
                goals.add(GoalComparison.of(goal, positive, negative));
            }
        }
        return new Comparison(columns, goals);
    }

    /** The goals whose differences stand out, in goal order. */
    public List<GoalComparison> differences() {
        return goals.stream().filter(GoalComparison::differs).toList();
    }
}
