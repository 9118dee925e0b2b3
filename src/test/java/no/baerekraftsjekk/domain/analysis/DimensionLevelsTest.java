package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.notRelevant;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import org.junit.jupiter.api.Test;

class DimensionLevelsTest {

    private static Map<Dimension, DimensionLevel> levels(Assessment assessment) {
        return analyzer().analyse(assessment).dimensions();
    }

    @Test
    void everyDimensionIsPresentAndZeroWithNoRelevantGoals() {
        assertThat(levels(Assessment.newDraft("Tom"))).containsOnlyKeys(Dimension.values())
                .allSatisfy((d, level) -> {
                    assertThat(level.dimension()).isEqualTo(d);
                    assertThat(level.positive()).isZero();
                    assertThat(level.negative()).isZero();
                });
    }

    @Test
    void theHighestRatingWinsNeverTheAverage() {
        // ENVIRONMENT: 6, 13, 14, 15. Three goals gain a lot, one loses a little: the loss stays visible.
        Map<Dimension, DimensionLevel> levels = levels(of(rated(6, 3, 0), rated(13, 3, 0), rated(14, 2, 0), rated(15, 0, 1)));

        assertThat(levels.get(Dimension.ENVIRONMENT)).isEqualTo(new DimensionLevel(Dimension.ENVIRONMENT, 3, 1));
        assertThat(levels.get(Dimension.SOCIAL)).isEqualTo(new DimensionLevel(Dimension.SOCIAL, 0, 0));
    }

    @Test
    void aGoalWithBothGainAndLossRaisesBothLevels() {
        assertThat(levels(of(rated(9, 2, 3))).get(Dimension.ECONOMIC)).isEqualTo(new DimensionLevel(Dimension.ECONOMIC, 2, 3));
    }

    @Test
    void goalsJudgedNotRelevantAndGoalsNotAssessedCountForNothing() {
        GoalAssessment stale = new GoalAssessment(8, Relevance.NOT_RELEVANT, 3, 3, null, null, List.of(), "", "");

        Map<Dimension, DimensionLevel> levels = levels(of(stale, notRelevant(13), rated(10, 1, 0)));

        assertThat(levels.get(Dimension.ECONOMIC)).isEqualTo(new DimensionLevel(Dimension.ECONOMIC, 1, 0));
        assertThat(levels.get(Dimension.ENVIRONMENT)).isEqualTo(new DimensionLevel(Dimension.ENVIRONMENT, 0, 0));
    }

    @Test
    void goalSeventeenRaisesNoDimension() {
        assertThat(levels(of(rated(17, 3, 3)))).allSatisfy((d, level) -> {
            assertThat(level.positive()).isZero();
            assertThat(level.negative()).isZero();
        });
    }

    @Test
    void levelsAreIteratedInReadingOrder() {
        Analysis analysis = analyzer().analyse(of(rated(8, 1, 0)));

        assertThat(analysis.dimensions().keySet()).containsExactly(Dimension.ENVIRONMENT, Dimension.SOCIAL, Dimension.ECONOMIC);
        assertThat(analysis.level(Dimension.ECONOMIC)).isEqualTo(new DimensionLevel(Dimension.ECONOMIC, 1, 0));
    }
}
