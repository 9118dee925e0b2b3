package no.baerekraftsjekk.domain.analysis;

import no.baerekraftsjekk.domain.Alternative;

/** One alternative of a case and what rules 1 to 6 say of it on its own. */
public record AlternativeAnalysis(Alternative alternative, Analysis analysis) {
}
