package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.handling;
import static no.baerekraftsjekk.domain.analysis.Assessments.notRelevant;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoalConflictRuleTest {

    @ParameterizedTest(name = "11 at +{0}/-{1}, 15 at +{2}/-{3}: severity {4}")
    @CsvSource({
            // A+, A-, B+, B-, severity (0: no conflict)
            "0, 0, 0, 0, 0",
            "3, 0, 3, 0, 0", // both gain: no conflict
            "0, 3, 0, 3, 0", // both lose: no conflict
            "1, 0, 0, 1, 1",
            "2, 0, 0, 1, 1", // min of the gain and the loss
            "2, 0, 0, 2, 2",
            "3, 0, 0, 2, 2",
            "3, 0, 0, 3, 3",
            "0, 3, 1, 0, 1", // the other direction
            "1, 2, 3, 1, 2", // both directions: the larger, min(3,2)=2 over min(1,1)=1
            "3, 3, 3, 3, 3",
    })
    void severityIsTheLargerOfTheTwoDirections(int positiveA, int negativeA, int positiveB, int negativeB, int severity) {
        Analysis analysis = analyzer().analyse(of(rated(11, positiveA, negativeA), rated(15, positiveB, negativeB)));

        List<Conflict> conflicts = analysis.conflictsOf(ConflictKind.GOALS);
        if (severity == 0) {
            assertThat(conflicts).isEmpty();
        } else {
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.goals()).containsExactly(11, 15);
                assertThat(c.dimensions()).isEmpty();
                assertThat(c.severity()).isEqualTo(severity);
            });
        }
    }

    @ParameterizedTest(name = "goals {0} and {1}: crossDimension {2}")
    @CsvSource({
            "11, 15, true",  // SOCIAL against ENVIRONMENT
            "8, 13, true",   // ECONOMIC against ENVIRONMENT
            "4, 8, true",    // SOCIAL against ECONOMIC
            "11, 16, false", // both SOCIAL
            "13, 15, false", // both ENVIRONMENT
            "8, 17, false",  // 17 sits in no dimension
            "17, 15, false",
    })
    void crossDimensionWhenBothGoalsSitInDifferentDimensions(int gaining, int losing, boolean cross) {
        Analysis analysis = analyzer().analyse(of(rated(gaining, 2, 0), rated(losing, 0, 2)));

        assertThat(analysis.conflictsOf(ConflictKind.GOALS)).singleElement().satisfies(c -> {
            assertThat(c.goals()).containsExactly(Math.min(gaining, losing), Math.max(gaining, losing));
            assertThat(c.crossDimension()).isEqualTo(cross);
        });
    }

    @Test
    void aGoalJudgedNotRelevantTakesPartInNoConflict() {
        // A value built in code may carry ratings on a goal judged not relevant; a file cannot.
        GoalAssessment stale = new GoalAssessment(15, Relevance.NOT_RELEVANT, 0, 3, null, null, List.of(), "", "");

        Analysis analysis = analyzer().analyse(of(rated(11, 3, 0), stale));

        assertThat(analysis.conflicts()).isEmpty();
        assertThat(analyzer().analyse(of(rated(11, 3, 0), notRelevant(15))).conflicts()).isEmpty();
    }

    @Test
    void indirectGoalsCountAsRelevant() {
        GoalAssessment indirect = GoalAssessment.screened(15, Relevance.INDIRECT).withRatings(0, 2);

        assertThat(analyzer().analyse(of(rated(11, 2, 0), indirect)).conflictsOf(ConflictKind.GOALS)).hasSize(1);
    }

    @Test
    void aGoalThatBothGainsAndLosesConflictsWithEveryOtherGoalThatDoesEither() {
        Analysis analysis = analyzer().analyse(of(rated(7, 2, 2), rated(13, 1, 0), rated(15, 0, 3)));

        assertThat(analysis.conflictsOf(ConflictKind.GOALS)).extracting(Conflict::goals, Conflict::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(List.of(7, 13), 1),
                        org.assertj.core.groups.Tuple.tuple(List.of(7, 15), 2),
                        org.assertj.core.groups.Tuple.tuple(List.of(13, 15), 1));
        assertThat(analysis.conflictsOf(ConflictKind.WITHIN_GOAL)).extracting(Conflict::goals).containsExactly(List.of(7));
    }

    @ParameterizedTest(name = "handling \"{0}\": handled {1}")
    @CsvSource(value = {"'Avveid: skolen veier tyngst.', true", "'', false", "'   ', false"})
    void handledWhenTheAssessmentHoldsANonBlankHandlingForThePair(String text, boolean handled) {
        Assessment assessment = of(rated(11, 2, 0), rated(15, 0, 2)).withHandling(handling(text, 15, 11));

        assertThat(analyzer().analyse(assessment).conflictsOf(ConflictKind.GOALS))
                .singleElement().extracting(Conflict::handled).isEqualTo(handled);
    }

    @Test
    void aHandlingForAnotherPairDoesNotCount() {
        Assessment assessment = of(rated(11, 2, 0), rated(15, 0, 2), rated(13, 0, 1))
                .withHandling(handling("Avveid.", 11, 13))
                .withHandling(handling("Avveid.", 11));

        assertThat(analyzer().analyse(assessment).conflictsOf(ConflictKind.GOALS))
                .filteredOn(c -> c.goals().equals(List.of(11, 15)))
                .singleElement().extracting(Conflict::handled).isEqualTo(false);
    }
}
