package no.baerekraftsjekk.domain.portfolio;

/**
 * How many cases reach each level (1 small, 2 moderate, 3 large) on each side. The two sides are
 * counted apart and never netted: a case that both helps and harms a goal counts on both sides.
 */
public record EffectCounts(int[] positive, int[] negative) {

    public EffectCounts {
        positive = positive.clone();
        negative = negative.clone();
        if (positive.length != 4 || negative.length != 4) {
            throw new IllegalArgumentException("Counts for levels 0 to 3 are needed");
        }
    }

    /** Cases at exactly {@code level} (1–3) on this side. */
    public int count(Side side, int level) {
        return side == Side.POSITIVE ? positive[level] : negative[level];
    }

    /** Cases with any effect on this side. */
    public int total(Side side) {
        int[] levels = side == Side.POSITIVE ? positive : negative;
        return levels[1] + levels[2] + levels[3];
    }
}
