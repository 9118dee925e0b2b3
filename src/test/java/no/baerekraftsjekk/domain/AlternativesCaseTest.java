package no.baerekraftsjekk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A case with alternatives as the domain holds it: the rules of format version 2 kept by the value itself. */
class AlternativesCaseTest {

    @Test
    void aSingleAssessmentHasNoAlternativesAndNoRecommendation() {
        Assessment single = Fixtures.fullAssessment();

        assertThat(single.hasAlternatives()).isFalse();
        assertThat(single.alternatives()).isEmpty();
        assertThat(single.recommendation()).isNull();
        assertThat(single.withConclusion("x").alternatives()).isEmpty();
    }

    @Test
    void turningAnAssessmentIntoACaseMovesWhatWasAssessedIntoTheFirstAlternative() {
        Assessment single = Fixtures.fullAssessment();

        Assessment turned = single.asCaseWithAlternatives("Alternativ 1", Alternative.empty("Alternativ 2"));

        assertThat(turned.goals()).isEmpty();
        assertThat(turned.conflicts()).isEmpty();
        assertThat(turned.alternatives()).extracting(Alternative::label).containsExactly("Alternativ 1", "Alternativ 2");
        assertThat(turned.alternatives().get(0).goals()).isEqualTo(single.goals());
        assertThat(turned.alternatives().get(0).conflicts()).isEqualTo(single.conflicts());
        assertThat(turned.alternatives().get(0).conclusion()).isEqualTo(single.conclusion());
        assertThat(turned.id()).isEqualTo(single.id());
        assertThat(turned.recommendation().isChosen()).isFalse();
    }

    @Test
    void anAlternativeSeenAsAnAssessmentHasTheCaseFactsAndItsOwnContent() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        Assessment second = ofCase.alternativeAsAssessment(1);

        assertThat(second.caseInfo()).isEqualTo(ofCase.caseInfo());
        assertThat(second.goals()).isEqualTo(ofCase.alternatives().get(1).goals());
        assertThat(second.hasAlternatives()).isFalse();
        Assessment edited = second.withGoal(GoalAssessment.screened(4, Relevance.NOT_RELEVANT));
        assertThat(ofCase.withAlternativeContent(1, edited).alternatives().get(1).goals().get(4).relevance())
                .isEqualTo(Relevance.NOT_RELEVANT);
    }

    @Test
    void aRenamedAlternativeKeepsItsRecommendation() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        Assessment renamed = ofCase.withAlternative(1, ofCase.alternatives().get(1).withLabel("Sentralskolen"));

        assertThat(renamed.recommendation().alternative()).isEqualTo("Sentralskolen");
        assertThat(renamed.recommendation().reason()).isEqualTo(ofCase.recommendation().reason());
    }

    @Test
    void removingTheRecommendedAlternativeLeavesNoneChosenButKeepsTheReason() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        Assessment removed = ofCase.withoutAlternative(1);

        assertThat(removed.alternatives()).hasSize(2);
        assertThat(removed.recommendation().isChosen()).isFalse();
        assertThat(removed.recommendation().reason()).isEqualTo("Gir best skole for flest elever.");
    }

    @Test
    void removingAllButOneMakesASingleAssessmentOfWhatIsLeft() {
        Assessment ofCase = Fixtures.caseWithAlternatives().withoutAlternative(0);

        Assessment single = ofCase.withoutAlternative(1);

        assertThat(single.hasAlternatives()).isFalse();
        assertThat(single.recommendation()).isNull();
        assertThat(single.goals()).isEqualTo(Fixtures.fullAssessment().goals());
    }

    @Test
    void movingAndMarkingZeroKeepTheRest() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        Assessment moved = ofCase.withAlternativeMoved(0, 2);
        Assessment zeroMoved = ofCase.withZeroAlternative(2);

        assertThat(moved.alternatives()).extracting(Alternative::label).containsExactly(
                "Alternativ 1: ny sentralskole", "Alternativ 2: rehabilitering", "Alternativ 0: dagens skole");
        assertThat(moved.recommendation()).isEqualTo(ofCase.recommendation());
        assertThat(zeroMoved.alternatives()).extracting(Alternative::zero).containsExactly(false, false, true);
    }

    @Test
    void theRecommendationIsSpeltAsItsAlternativeAndUnchosenWhenItNamesNone() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        assertThat(ofCase.withRecommendation(new Recommendation("  alternativ 2: REHABILITERING ", "Billigst."))
                .recommendation().alternative()).isEqualTo("Alternativ 2: rehabilitering");
        assertThat(ofCase.withRecommendation(new Recommendation("Alternativ 9", "Billigst.")).recommendation())
                .isEqualTo(new Recommendation("", "Billigst."));
    }

    @Test
    void theValueRefusesWhatTheFormatForbids() {
        Assessment ofCase = Fixtures.caseWithAlternatives();
        List<Alternative> three = ofCase.alternatives();

        assertThatThrownBy(() -> ofCase.withAlternatives(List.of(three.get(0)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ofCase.withAlternatives(List.of(three.get(0), three.get(1), three.get(2),
                Alternative.empty("4"), Alternative.empty("5"), Alternative.empty("6")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ofCase.withAlternativeAdded(Alternative.empty(" ALTERNATIV 0: dagens skole")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ofCase.withAlternativeAdded(Alternative.empty("Null igjen").withZero(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ofCase.withGoal(GoalAssessment.screened(1, Relevance.DIRECT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ofCase.withAlternativeAdded(Alternative.empty("Alternativ 3")).alternatives()).hasSize(4);
    }
}
