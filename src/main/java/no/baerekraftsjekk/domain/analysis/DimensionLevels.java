package no.baerekraftsjekk.domain.analysis;

import java.util.EnumMap;
import java.util.Map;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;

/**
 * Rule 3: each dimension's highest positive and highest negative among its relevant goals. The
 * maximum, never an average: one large negative must stay visible however many goals gain.
 */
final class DimensionLevels {
    private final GoalDimensions dimensions;

    DimensionLevels(GoalDimensions dimensions) {
        this.dimensions = dimensions;
    }

    /** Every dimension is present; one with no relevant goals is 0/0. */
    Map<Dimension, DimensionLevel> of(Ratings ratings) {
        int[] positive = new int[Dimension.values().length];
        int[] negative = new int[Dimension.values().length];
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            Dimension dimension = dimensions.of(goal);
            if (dimension == null || !ratings.isRelevant(goal)) {
                continue;
            }
            int i = dimension.ordinal();
            positive[i] = Math.max(positive[i], ratings.positive(goal));
            negative[i] = Math.max(negative[i], ratings.negative(goal));
        }
        Map<Dimension, DimensionLevel> levels = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            levels.put(dimension, new DimensionLevel(dimension, positive[dimension.ordinal()], negative[dimension.ordinal()]));
        }
        return levels;
    }
}
