package no.baerekraftsjekk.domain;

/** An assessment is a draft until it is sound enough to be marked complete. */
public enum Status {
    DRAFT,
    COMPLETE
}
