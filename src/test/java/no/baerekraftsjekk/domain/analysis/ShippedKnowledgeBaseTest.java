package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The knowledge base shipped in {@code guidance/tradeoffs.json} loads through the engine's own reader. */
class ShippedKnowledgeBaseTest {

    @Test
    void loadsWithAtLeastTwentyUniquePairs() {
        TradeOffCatalog catalog = TradeOffCatalog.standard();

        assertThat(catalog.uniquePairs()).isGreaterThanOrEqualTo(20);
        assertThat(catalog.all()).allSatisfy(t -> {
            assertThat(t.goals().get(0)).isLessThan(t.goals().get(1));
            assertThat(t.hint()).isNotBlank();
            assertThat(t.source()).isNotBlank();
        });
    }

    @Test
    void theStandardAnalyzerGivesHintsFromIt() {
        // Wind power (7) gains, nature (15) not assessed: the classic municipal dilemma.
        Analysis analysis = AssessmentAnalyzer.standard().analyse(of(rated(7, 3, 0)));

        assertThat(analysis.hints()).anySatisfy(h -> {
            assertThat(h.goals()).containsExactly(7, 15);
            assertThat(h.overlookedGoal()).isEqualTo(15);
        });
    }

    /**
     * Issue 20: fewer, sharper hints. The mountain wind-power plan is asked about goals an energy plan
     * can touch (noise and health, water, materials, who gains, the sea, building emissions), and no
     * longer about school meals or poverty subsidies.
     */
    @Test
    void theWindPowerPlanGetsAFewHintsThatFitAnEnergyPlan() throws Exception {
        Analysis analysis = AssessmentAnalyzer.standard().analyse(ExampleAssessmentsAnalysisTest.example("vindkraft-omrade.bkj"));

        assertThat(analysis.hints()).extracting(Hint::overlookedGoal).containsOnly(3, 6, 10, 11, 12, 14);
        assertThat(analysis.hints()).hasSizeLessThanOrEqualTo(8);
        assertThat(analysis.hints()).extracting(Hint::text).noneMatch(t -> t.contains("skolemat") || t.contains("oppdrett"));
    }

    @Test
    void everyPairHasItsOwnTextInNynorskAndEnglish() throws Exception {
        for (String language : java.util.List.of("nn", "en")) {
            try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("guidance/tradeoffs_" + language + ".json")) {
                TradeOffCatalog translated = TradeOffCatalog.read(in);
                assertThat(translated.all()).extracting(TradeOff::goals).as(language)
                        .containsExactlyElementsOf(TradeOffCatalog.standard().all().stream().map(TradeOff::goals).toList());
            }
        }
    }
}
