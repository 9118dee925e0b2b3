package no.baerekraftsjekk.domain.portfolio;

/**
 * How far an assessment has come. A partition: an approved assessment counts as approved only, not
 * also as complete, so the three counts add up to the number of cases.
 */
public enum Stage {
    DRAFT,
    /** Complete and not (yet) approved by a leader. */
    COMPLETE,
    APPROVED
}
