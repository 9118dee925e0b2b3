package no.baerekraftsjekk.domain;

/** What kind of case is assessed. Absent in a file means {@link #OTHER}. */
public enum CaseType {
    POLITICAL_CASE,
    PLAN,
    PROJECT,
    PROCUREMENT,
    BUDGET,
    STRATEGY,
    OTHER
}
