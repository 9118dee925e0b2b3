package no.baerekraftsjekk.domain.analysis;

import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.Goal;

/** The mapping as an array by goal number, looked up once so the rules stay allocation-free. */
final class GoalDimensions {
    private final Dimension[] dimensionOfGoal = new Dimension[Goal.LAST + 1];

    GoalDimensions(DimensionMapping mapping) {
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            dimensionOfGoal[goal] = mapping.dimensionOf(goal).orElse(null);
        }
    }

    /** The goal's dimension, or null when it sits in none (by default goal 17). */
    Dimension of(int goal) {
        return dimensionOfGoal[goal];
    }

    /** Both goals sit in a dimension and the two differ; a goal in none is never cross-dimension. */
    boolean differ(int a, int b) {
        Dimension da = dimensionOfGoal[a];
        Dimension db = dimensionOfGoal[b];
        return da != null && db != null && da != db;
    }
}
