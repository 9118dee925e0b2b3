package no.baerekraftsjekk.storage;

/** A case field whose values the library can list, for auto-completion and grouping. */
public enum CaseField {
    ORGANISATION,
    UNIT,
    CASEWORKER
}
