package no.baerekraftsjekk.domain;

/** When the effects come: within the council term, later, or both. */
public enum Horizon {
    SHORT,
    LONG,
    BOTH
}
