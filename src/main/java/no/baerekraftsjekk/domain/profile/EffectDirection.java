package no.baerekraftsjekk.domain.profile;

/** Which way the ratings behind a touched local goal point. Never netted: a case can help and harm at once. */
public enum EffectDirection {
    POSITIVE,
    NEGATIVE,
    BOTH,
    /** The goals behind it are judged relevant, but no effect is rated yet. */
    NOT_RATED;

    static EffectDirection of(boolean positive, boolean negative) {
        if (positive && negative) {
            return BOTH;
        }
        return positive ? POSITIVE : negative ? NEGATIVE : NOT_RATED;
    }
}
