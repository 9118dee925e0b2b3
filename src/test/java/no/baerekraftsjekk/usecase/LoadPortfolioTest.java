package no.baerekraftsjekk.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.PortfolioSnapshot;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.domain.portfolio.VariedLibrary;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio read the fast way (joined ratings, no texts, the roll-up analysis) is the portfolio
 * the plain domain aggregation makes of every stored assessment read whole and analysed in full.
 */
public class LoadPortfolioTest {
    private static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();

    @TempDir
    Path folder;

    @Test
    void theFastReadGivesTheSamePortfolioAsThePlainAggregationOfAVariedLocalLibrary() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            VariedLibrary.assessments(400, 20261202).forEach(library::create);
            assertSamePortfolios(library);
        }
    }

    /** Compares the two under several filters and both trend intervals; also used for the council library. */
    public static void assertSamePortfolios(AssessmentLibrary library) {
        List<PortfolioEntry> plain = new ArrayList<>();
        library.forEachAssessment(stored -> plain.add(
                PortfolioEntry.of(stored.id(), stored.assessment(), stored.created(), ANALYZER, ZoneOffset.UTC)));
        plain.sort(java.util.Comparator.comparingLong(PortfolioEntry::id));
        List<PortfolioEntry> fast = new LoadPortfolio(library, ANALYZER, ZoneOffset.UTC).entries();

        assertThat(fast).hasSameSizeAs(plain).hasSizeGreaterThan(100);
        PortfolioCalculator calculator = new PortfolioCalculator();
        List<PortfolioFilter> filters = List.of(PortfolioFilter.ALL,
                PortfolioFilter.ALL.withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).withUnits(Set.of("kommunalteknikk")),
                PortfolioFilter.ALL.withCommittees(Set.of("Formannskapet")),
                PortfolioFilter.ALL.withCaseTypes(Set.of(CaseType.PLAN, CaseType.PROJECT)).withStages(Set.of(Stage.APPROVED, Stage.DRAFT)));
        for (PortfolioFilter filter : filters) {
            for (TrendInterval interval : TrendInterval.values()) {
                assertThat(PortfolioSnapshot.of(calculator.calculate(fast, filter, interval)))
                        .as("%s by %s", filter, interval)
                        .containsExactlyElementsOf(PortfolioSnapshot.of(calculator.calculate(plain, filter, interval)));
            }
        }
    }
}
