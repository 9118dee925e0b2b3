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
}
