package no.baerekraftsjekk.usecase;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.storage.AssessmentLibrary;

/**
 * Reads the library once into what the portfolio counts: every assessment analysed by the rules and
 * reduced to a {@link PortfolioEntry}. The window keeps the result and filters it again and again;
 * the command line filters it once. Blocking; call it off the FX thread.
 */
public final class LoadPortfolio {
    private final AssessmentLibrary library;
    private final AssessmentAnalyzer analyzer;
    private final ZoneId zone;

    public LoadPortfolio(AssessmentLibrary library, AssessmentAnalyzer analyzer, ZoneId zone) {
        this.library = Objects.requireNonNull(library);
        this.analyzer = Objects.requireNonNull(analyzer);
        this.zone = Objects.requireNonNull(zone);
    }

    public List<PortfolioEntry> entries() {
        List<PortfolioEntry> entries = new ArrayList<>();
        library.forEachRatings(stored -> entries.add(
                PortfolioEntry.of(stored.id(), stored.assessment(), stored.created(), analyzer, zone)));
        return entries;
    }
}
