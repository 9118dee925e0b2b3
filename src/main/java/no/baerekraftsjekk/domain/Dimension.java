package no.baerekraftsjekk.domain;

/** The three dimensions of sustainability, in the order reports and {@code check} list them. */
public enum Dimension {
    ENVIRONMENT,
    SOCIAL,
    ECONOMIC
}
