package no.baerekraftsjekk.domain;

/** Where a leader's review (kvalitetssikring) of an assessment stands. */
public enum ReviewStatus {
    REQUESTED,
    RETURNED,
    APPROVED
}
