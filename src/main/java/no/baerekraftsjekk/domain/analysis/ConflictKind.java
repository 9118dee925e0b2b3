package no.baerekraftsjekk.domain.analysis;

/** The three kinds of conflict the rules detect. */
public enum ConflictKind {
    /** One relevant goal gains while another loses. */
    GOALS,
    /** One relevant goal both gains and loses. */
    WITHIN_GOAL,
    /** One dimension gains clearly while another loses clearly. */
    DIMENSIONS
}
