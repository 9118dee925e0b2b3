package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.DimensionMapping;

/**
 * Applies the rules of the format spec (conflicts, dimension levels, hints, readiness) to an
 * assessment. The one place these rules live: the window, the reports and the command line ask it.
 */
public final class AssessmentAnalyzer {
    private final DimensionMapping mapping;
    private final TradeOffCatalog tradeOffs;

    public AssessmentAnalyzer(DimensionMapping mapping, TradeOffCatalog tradeOffs) {
        this.mapping = mapping;
        this.tradeOffs = tradeOffs;
    }

    public static AssessmentAnalyzer standard() {
        return new AssessmentAnalyzer(DimensionMapping.standard(), TradeOffCatalog.standard());
    }

    public DimensionMapping mapping() {
        return mapping;
    }

    public Analysis analyse(Assessment assessment) {
        // Placeholder until the conflict engine lands: no conflicts, no hints, nothing blocking.
        return new Analysis(Map.of(), List.of(), List.of(), List.of(), List.of());
    }
}
