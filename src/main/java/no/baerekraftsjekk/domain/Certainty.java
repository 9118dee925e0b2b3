package no.baerekraftsjekk.domain;

/**
 * How sure the caseworker is of a goal's rating. {@link #UNKNOWN} (vet ikke, format version 2): the
 * effect cannot be judged with what is known today; the ratings stay a best guess and count as usual.
 */
public enum Certainty {
    LOW,
    MEDIUM,
    HIGH,
    UNKNOWN
}
