package no.baerekraftsjekk.domain.portfolio;

import no.baerekraftsjekk.domain.Dimension;

/** One dimension in the portfolio: cases by the level the rules derive for it, on each side. */
public record DimensionRow(Dimension dimension, EffectCounts effects) {
}
