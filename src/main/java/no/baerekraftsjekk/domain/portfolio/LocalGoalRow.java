package no.baerekraftsjekk.domain.portfolio;

import java.util.EnumSet;
import java.util.Set;
import no.baerekraftsjekk.domain.profile.EffectDirection;
import no.baerekraftsjekk.domain.profile.LocalGoal;

/**
 * One goal of the council's plan in the portfolio: how many cases touch it, and which way the
 * ratings behind it point. A case rated both ways counts as positive and as negative, never netted.
 *
 * @param withPositive cases whose ratings behind it are positive, or both ways
 * @param withNegative cases whose ratings behind it are negative, or both ways
 * @param notRated cases that touch it through relevant goals not rated yet
 */
public record LocalGoalRow(LocalGoal goal, int cases, int withPositive, int withNegative, int notRated) {

    /** Every case that touches it. */
    public Selection selection() {
        return new Selection.TouchesLocalGoal(goal, EnumSet.allOf(EffectDirection.class));
    }

    public Selection positiveSelection() {
        return new Selection.TouchesLocalGoal(goal, Set.of(EffectDirection.POSITIVE, EffectDirection.BOTH));
    }

    public Selection negativeSelection() {
        return new Selection.TouchesLocalGoal(goal, Set.of(EffectDirection.NEGATIVE, EffectDirection.BOTH));
    }

    public Selection notRatedSelection() {
        return new Selection.TouchesLocalGoal(goal, Set.of(EffectDirection.NOT_RATED));
    }
}
