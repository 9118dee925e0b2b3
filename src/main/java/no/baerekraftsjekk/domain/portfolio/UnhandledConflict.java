package no.baerekraftsjekk.domain.portfolio;

import no.baerekraftsjekk.domain.analysis.Conflict;

/** A conflict of severity 2 or more that the case has not weighed yet. */
public record UnhandledConflict(PortfolioEntry entry, Conflict conflict) {
}
