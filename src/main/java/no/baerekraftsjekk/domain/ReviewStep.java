package no.baerekraftsjekk.domain;

/** The step of the assessment a leader's review comment is about (a goal's comment is about RATING). */
public enum ReviewStep {
    CASE,
    SCREENING,
    RATING,
    DIMENSIONS,
    CONFLICTS,
    SUMMARY
}
