package no.baerekraftsjekk.domain.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;

/**
 * Which of the council's local goals an assessment touches, so a politician can read the case
 * against the plan they adopted. A local goal is touched when it is linked to a UN goal the
 * caseworker judged relevant, or to a target the caseworker picked under a relevant goal. Its
 * direction comes from the ratings of those UN goals: positive, negative or both, never netted.
 * A target picked under a goal later judged not relevant does not count: that goal's ratings are gone.
 * The case report and the portfolio both ask here, so they never disagree.
 */
public final class LocalGoalReach {
    private LocalGoalReach() {
    }

    /** The touched local goals, in the profile's order. */
    public static List<TouchedLocalGoal> of(List<LocalGoal> localGoals, Assessment assessment) {
        return of(localGoals, GoalRatings.of(assessment));
    }

    /** The touched local goals, in the profile's order. */
    public static List<TouchedLocalGoal> of(List<LocalGoal> localGoals, GoalRatings ratings) {
        List<TouchedLocalGoal> touched = new ArrayList<>();
        for (LocalGoal local : localGoals) {
            touched(local, ratings).ifPresent(touched::add);
        }
        return touched;
    }

    /** Plain loops: the portfolio asks this for every case and local goal, 100 000 cases in a council library. */
    private static boolean linkedByTarget(LocalGoal local, List<String> picked) {
        if (local.targets().isEmpty()) {
            return false;
        }
        for (String target : picked) {
            if (local.targets().contains(target)) {
                return true;
            }
        }
        return false;
    }

    /** The one local goal, when the ratings touch it. */
    public static Optional<TouchedLocalGoal> touched(LocalGoal local, GoalRatings ratings) {
        List<Integer> behind = new ArrayList<>();
        boolean positive = false;
        boolean negative = false;
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (!ratings.relevant(goal)) {
                continue;
            }
            boolean linked = local.goals().contains(goal) || linkedByTarget(local, ratings.targets(goal));
            if (linked) {
                behind.add(goal);
                positive |= ratings.positive(goal) > 0;
                negative |= ratings.negative(goal) > 0;
            }
        }
        return behind.isEmpty() ? Optional.empty()
                : Optional.of(new TouchedLocalGoal(local, EffectDirection.of(positive, negative), behind));
    }
}
