package no.baerekraftsjekk.domain;

/** The step of the assessment a leader's review comment is about (a goal's comment is about ASSESSMENT, the rating step). */
public enum ReviewStep {
    CASE,
    SCREENING,
    ASSESSMENT,
    DIMENSIONS,
    CONFLICTS,
    SUMMARY
}
