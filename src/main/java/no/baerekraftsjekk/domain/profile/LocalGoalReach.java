package no.baerekraftsjekk.domain.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;

/**
 * Which of the council's local goals an assessment touches, so a politician can read the case
 * against the plan they adopted. A local goal is touched when it is linked to a UN goal the
 * caseworker judged relevant, or to a target the caseworker picked under a relevant goal. Its
 * direction comes from the ratings of those UN goals: positive, negative or both, never netted.
 * A target picked under a goal later judged not relevant does not count: that goal's ratings are gone.
 */
public final class LocalGoalReach {
    private LocalGoalReach() {
    }

    /** The touched local goals, in the profile's order. */
    public static List<TouchedLocalGoal> of(List<LocalGoal> localGoals, Assessment assessment) {
        List<TouchedLocalGoal> touched = new ArrayList<>();
        for (LocalGoal local : localGoals) {
            TreeSet<Integer> behind = new TreeSet<>();
            for (GoalAssessment rated : assessment.goals().values()) {
                if (!rated.isRelevant()) {
                    continue;
                }
                boolean linked = local.goals().contains(rated.goal())
                        || rated.targets().stream().anyMatch(local.targets()::contains);
                if (linked) {
                    behind.add(rated.goal());
                }
            }
            if (behind.isEmpty()) {
                continue;
            }
            boolean positive = behind.stream().anyMatch(g -> assessment.goal(g).orElseThrow().positive() > 0);
            boolean negative = behind.stream().anyMatch(g -> assessment.goal(g).orElseThrow().negative() > 0);
            touched.add(new TouchedLocalGoal(local, EffectDirection.of(positive, negative), List.copyOf(behind)));
        }
        return touched;
    }
}
