package no.baerekraftsjekk.domain.portfolio;

/** The free-text names a portfolio can be split by; near-identical spellings group together ({@link NameKey}). */
public enum Grouping {
    UNIT,
    COMMITTEE,
    ORGANISATION;

    /** The entry's name for this grouping, as written. */
    public String nameOf(PortfolioEntry entry) {
        return switch (this) {
            case UNIT -> entry.unit();
            case COMMITTEE -> entry.committee();
            case ORGANISATION -> entry.organisation();
        };
    }

    public String keyOf(PortfolioEntry entry) {
        return switch (this) {
            case UNIT -> entry.unitKey();
            case COMMITTEE -> entry.committeeKey();
            case ORGANISATION -> entry.organisationKey();
        };
    }
}
