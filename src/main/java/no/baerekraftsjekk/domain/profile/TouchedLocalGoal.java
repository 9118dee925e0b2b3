package no.baerekraftsjekk.domain.profile;

import java.util.List;
import java.util.Objects;

/**
 * A local goal the assessment touches, with the UN goals whose ratings make it so.
 *
 * @param goalsBehind the relevant UN goals linked to it, directly or through a picked target, in goal order
 */
public record TouchedLocalGoal(LocalGoal goal, EffectDirection direction, List<Integer> goalsBehind) {
    public TouchedLocalGoal {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(direction, "direction");
        goalsBehind = List.copyOf(goalsBehind);
    }
}
