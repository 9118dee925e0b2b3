package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.notRelevant;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import org.junit.jupiter.api.Test;

/** The fixture knowledge base holds 8–13 (twice), 7–15, 11–15 and 16–17. */
class HintRuleTest {

    private static List<Hint> hints(Assessment assessment) {
        return analyzer().analyse(assessment).hints();
    }

    @Test
    void hintWhenTheOtherGoalIsNotAssessed() {
        assertThat(hints(of(rated(8, 1, 0)))).singleElement().satisfies(h -> {
            assertThat(h.goals()).containsExactly(8, 13);
            assertThat(h.overlookedGoal()).isEqualTo(13);
            assertThat(h.text()).isEqualTo("Sjekk om arbeidsplassene gir mer utslipp.");
            assertThat(h.source()).isEqualTo("Test fixture: jobs against emissions");
        });
    }

    @Test
    void hintWhenTheOtherGoalIsJudgedNotRelevant() {
        assertThat(hints(of(rated(8, 2, 0), notRelevant(13)))).singleElement()
                .extracting(Hint::overlookedGoal).isEqualTo(13);
    }

    @Test
    void noHintWhenTheOtherGoalIsAssessedRelevantWhateverItsRatings() {
        assertThat(hints(of(rated(8, 3, 0), rated(13, 0, 0)))).isEmpty();
        assertThat(hints(of(rated(8, 3, 0), GoalAssessment.screened(13, Relevance.INDIRECT)))).isEmpty();
    }

    @Test
    void noHintWithoutAGain() {
        assertThat(hints(of(rated(8, 0, 3)))).isEmpty();
        assertThat(hints(of(notRelevant(8)))).isEmpty();
        GoalAssessment stale = new GoalAssessment(8, Relevance.NOT_RELEVANT, 3, 0, null, null, List.of(), "", "");
        assertThat(hints(of(stale))).isEmpty();
    }

    @Test
    void theHintPointsAtWhicheverGoalOfThePairWasLeftOut() {
        // The pair is stored sorted (7, 15) although the knowledge base lists it as 15, 7.
        assertThat(hints(of(rated(15, 1, 0), rated(11, 0, 0)))).singleElement().satisfies(h -> {
            assertThat(h.goals()).containsExactly(7, 15);
            assertThat(h.overlookedGoal()).isEqualTo(7);
        });
        assertThat(hints(of(rated(7, 1, 0)))).singleElement().extracting(Hint::overlookedGoal).isEqualTo(15);
    }

    @Test
    void aPairListedTwiceGivesOneHintWithTheFirstText() {
        assertThat(hints(of(rated(13, 2, 0)))).singleElement().satisfies(h -> {
            assertThat(h.overlookedGoal()).isEqualTo(8);
            assertThat(h.text()).isEqualTo("Sjekk om arbeidsplassene gir mer utslipp.");
        });
    }

    @Test
    void hintsAreNeverConflictsAndComeSortedByPair() {
        Analysis analysis = analyzer().analyse(of(rated(17, 1, 0), rated(11, 2, 0), rated(8, 1, 0)));

        assertThat(analysis.conflicts()).isEmpty();
        assertThat(analysis.hints()).extracting(Hint::goals)
                .containsExactly(List.of(8, 13), List.of(11, 15), List.of(16, 17));
    }
}
