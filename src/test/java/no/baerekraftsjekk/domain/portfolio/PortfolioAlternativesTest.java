package no.baerekraftsjekk.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;

/** A case with alternatives in the portfolio: its recommended alternative is what is counted. */
class PortfolioAlternativesTest {
    private final PortfolioCalculator calculator = new PortfolioCalculator();

    @Test
    void theRecommendedAlternativeIsCountedAndNamed() {
        Assessment ofCase = Fixtures.caseWithAlternatives();
        Assessment recommended = ofCase.alternativeAsAssessment(1);

        PortfolioEntry entry = PortfolioFixtures.entry(1, ofCase);
        PortfolioEntry asSingle = PortfolioFixtures.entry(2, recommended);

        assertThat(entry.alternatives()).isEqualTo(3);
        assertThat(entry.countedAlternative()).isEqualTo("Alternativ 1: ny sentralskole");
        for (int goal = 1; goal <= 17; goal++) {
            for (Side side : Side.values()) {
                assertThat(entry.effect(goal, side)).as("goal %d %s", goal, side).isEqualTo(asSingle.effect(goal, side));
            }
        }
    }

    @Test
    void anotherRecommendationCountsAnotherAlternative() {
        Assessment ofCase = Fixtures.caseWithAlternatives()
                .withRecommendation(new Recommendation("Alternativ 0: dagens skole", "Billigst."));

        PortfolioEntry entry = PortfolioFixtures.entry(1, ofCase);

        // The zero alternative harms goal 4 (2) and helps nothing.
        assertThat(entry.effect(4, Side.NEGATIVE)).isEqualTo(2);
        assertThat(entry.anyEffect(Side.POSITIVE)).isFalse();
    }

    @Test
    void aCaseWithNoAlternativeChosenYetIsCountedWithNoEffectsAndTheFiguresSaySo() {
        Assessment ofCase = Fixtures.caseWithAlternatives().withRecommendation(new Recommendation("", ""))
                .withStatus(Status.COMPLETE);

        Portfolio p = calculator.calculate(List.of(PortfolioFixtures.entry(1, ofCase),
                PortfolioFixtures.entry(2, Fixtures.caseWithAlternatives()), PortfolioFixtures.entry(3, Fixtures.fullAssessment())),
                PortfolioFilter.ALL, TrendInterval.QUARTER);

        PortfolioEntry unchosen = p.entries().getFirst();
        assertThat(unchosen.anyEffect(Side.POSITIVE)).isFalse();
        assertThat(unchosen.anyEffect(Side.NEGATIVE)).isFalse();
        assertThat(unchosen.stage()).isEqualTo(Stage.COMPLETE);
        assertThat(p.cases()).isEqualTo(3);
        assertThat(p.casesWithAlternatives()).isEqualTo(2);
        assertThat(p.casesWithoutRecommendation()).isEqualTo(1);
    }
}
