package no.baerekraftsjekk.domain;

/** The scale for a positive or a negative effect: 0 none, 1 small, 2 moderate, 3 large. */
public final class Effect {
    public static final int NONE = 0;
    public static final int SMALL = 1;
    public static final int MODERATE = 2;
    public static final int LARGE = 3;

    private Effect() {
    }

    public static boolean isValid(int level) {
        return level >= NONE && level <= LARGE;
    }
}
