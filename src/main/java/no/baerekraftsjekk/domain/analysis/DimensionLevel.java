package no.baerekraftsjekk.domain.analysis;

import no.baerekraftsjekk.domain.Dimension;

/** The highest positive and the highest negative rating among a dimension's relevant goals; never netted. */
public record DimensionLevel(Dimension dimension, int positive, int negative) {
}
