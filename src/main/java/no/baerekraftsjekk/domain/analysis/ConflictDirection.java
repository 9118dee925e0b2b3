package no.baerekraftsjekk.domain.analysis;

import no.baerekraftsjekk.domain.Dimension;

/**
 * One way a conflict pulls: the side that gains, the side that loses, and how strong that pull is
 * (the smaller of the two levels). A pair that pulls both ways has two directions.
 */
public record ConflictDirection(Side gaining, Side losing, int strength) {

    /** A goal or a dimension with its level (positive for the gaining side, negative for the losing). */
    public record Side(int goal, Dimension dimension, int level) {
        static Side ofGoal(int goal, int level) {
            return new Side(goal, null, level);
        }

        static Side ofDimension(Dimension dimension, int level) {
            return new Side(0, dimension, level);
        }

        public boolean isGoal() {
            return dimension == null;
        }
    }
}
