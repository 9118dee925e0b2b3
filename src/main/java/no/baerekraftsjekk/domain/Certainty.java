package no.baerekraftsjekk.domain;

/** How sure the caseworker is of a goal's rating. */
public enum Certainty {
    LOW,
    MEDIUM,
    HIGH
}
