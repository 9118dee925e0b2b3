package no.baerekraftsjekk.ui.library;

/** An assessment just moved to the bin, which the caseworker can still take back. */
public record DeletedAssessment(long id, String title) {
}
