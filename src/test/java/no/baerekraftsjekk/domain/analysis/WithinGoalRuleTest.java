package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.handling;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithinGoalRuleTest {

    @ParameterizedTest(name = "goal 7 at +{0}/-{1}: severity {2}")
    @CsvSource({
            "0, 0, 0",
            "3, 0, 0",
            "0, 3, 0",
            "1, 1, 1",
            "3, 1, 1",
            "1, 3, 1",
            "2, 2, 2",
            "3, 2, 2",
            "3, 3, 3",
    })
    void severityIsTheSmallerOfGainAndLoss(int positive, int negative, int severity) {
        Analysis analysis = analyzer().analyse(of(rated(7, positive, negative)));

        if (severity == 0) {
            assertThat(analysis.conflicts()).isEmpty();
        } else {
            assertThat(analysis.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(ConflictKind.WITHIN_GOAL);
                assertThat(c.goals()).containsExactly(7);
                assertThat(c.severity()).isEqualTo(severity);
                assertThat(c.crossDimension()).isFalse();
                assertThat(c.handled()).isFalse();
            });
        }
    }

    @Test
    void goalSeventeenCanConflictWithItself() {
        assertThat(analyzer().analyse(of(rated(17, 2, 1))).conflicts())
                .singleElement().extracting(Conflict::goals).isEqualTo(List.of(17));
    }

    @Test
    void aGoalJudgedNotRelevantHasNoConflictWithinIt() {
        GoalAssessment stale = new GoalAssessment(7, Relevance.NOT_RELEVANT, 3, 3, null, null, List.of(), "", "");

        assertThat(analyzer().analyse(of(stale)).conflicts()).isEmpty();
    }

    @Test
    void handledByAHandlingForTheSingleGoal() {
        var assessment = of(rated(7, 2, 2)).withHandling(handling("Vindkraft veies mot tap av natur.", 7));

        assertThat(analyzer().analyse(assessment).conflicts()).singleElement().extracting(Conflict::handled).isEqualTo(true);
    }
}
