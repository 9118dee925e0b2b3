package no.baerekraftsjekk.domain.portfolio;

/** The two sides of an effect. Always counted apart: a portfolio never nets a gain against a loss. */
public enum Side {
    POSITIVE,
    NEGATIVE
}
