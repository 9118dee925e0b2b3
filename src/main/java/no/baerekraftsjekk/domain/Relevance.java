package no.baerekraftsjekk.domain;

/** How a goal concerns the case, decided in the screening. */
public enum Relevance {
    DIRECT,
    INDIRECT,
    NOT_RELEVANT;

    /** A goal counts as relevant when it is direct or indirect. */
    public boolean isRelevant() {
        return this != NOT_RELEVANT;
    }
}
