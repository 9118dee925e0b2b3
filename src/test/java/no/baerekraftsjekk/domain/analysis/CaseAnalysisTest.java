package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;

/** Rules 1 to 6 with alternatives, as the spec's "Rules with alternatives" says them. */
class CaseAnalysisTest {
    private static final AssessmentAnalyzer ANALYZER = Assessments.analyzer();
    private static final Texts NB = Texts.of(Language.NB);

    @Test
    void eachAlternativeIsAnalysedOnItsOwnByTheRulesOfOneAssessment() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        CaseAnalysis analysis = ANALYZER.analyseCase(ofCase);

        assertThat(analysis.alternatives()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(analysis.analysisOf(i)).isEqualTo(ANALYZER.analyse(ofCase.alternativeAsAssessment(i)));
        }
    }

    @Test
    void theCaseIsBlockedByEveryAlternativesReasonsPrefixedWithItsLabel() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        CaseAnalysis analysis = ANALYZER.analyseCase(ofCase);

        List<String> reasons = analysis.blocking().stream().map(b -> NB.format(b.message())).toList();
        assertThat(reasons).contains("Alternativ 0: dagens skole: Mål 1 er ikke vurdert");
        assertThat(reasons).allSatisfy(r -> assertThat(r).startsWith("Alternativ "));
        int perAlternative = analysis.alternatives().stream().mapToInt(a -> a.analysis().blocking().size()).sum();
        assertThat(analysis.blocking()).hasSize(perAlternative);
        assertThat(analysis.blocking()).allSatisfy(b -> assertThat(b.alternative()).isNotEmpty());
        assertThat(analysis.readyToComplete()).isFalse();
    }

    @Test
    void aCaseWhoseAlternativesAreReadyNeedsARecommendationWithAReason() {
        Assessment ready = readyCase(new Recommendation("", ""));

        assertThat(reasons(ready)).containsExactly("Ingen av alternativene er valgt som anbefalt",
                "Anbefalingen mangler begrunnelse");
        assertThat(reasons(ready.withRecommendation(new Recommendation("B", " ")))).containsExactly(
                "Anbefalingen mangler begrunnelse");
        assertThat(ANALYZER.analyseCase(ready.withRecommendation(new Recommendation("B", "Billigst."))).readyToComplete()).isTrue();
    }

    @Test
    void theAnalysisOfACaseCarriesTheCasesReasonsSoCompletionAsksRule6ForAlternatives() {
        Assessment notRecommended = readyCase(new Recommendation("", ""));

        Analysis analysis = ANALYZER.analyse(notRecommended);

        assertThat(analysis.readyToComplete()).isFalse();
        assertThat(analysis.blocking()).isEqualTo(ANALYZER.analyseCase(notRecommended).blocking());
        assertThat(ANALYZER.analyse(notRecommended.withRecommendation(new Recommendation("A", "Fordi."))).readyToComplete()).isTrue();
    }

    @Test
    void theComparisonHasTheDimensionsAndConflictCountsOfEachAlternative() {
        Assessment ready = readyCase(new Recommendation("A", "Fordi."));

        Comparison comparison = ANALYZER.analyseCase(ready).comparison();

        AlternativeColumn b = comparison.columns().get(1);
        assertThat(b.label()).isEqualTo("B");
        // B: goal 7 helps (3), goal 15 harms (2): one goal conflict of severity 2, weighed.
        assertThat(b.conflicts()).isEqualTo(1);
        assertThat(b.handled()).isEqualTo(1);
        assertThat(b.needingHandling()).isEqualTo(1);
        assertThat(b.level(Dimension.ENVIRONMENT).negative()).isEqualTo(2);
        assertThat(comparison.columns().get(0).conflicts()).isZero();
        // Every goal is relevant (with no effect) in both: all 17 are compared, and only 7 and 15 stand out.
        assertThat(comparison.goals()).hasSize(17);
        assertThat(comparison.differences()).extracting(GoalComparison::goal).containsExactly(7, 15);
        GoalComparison goal15 = comparison.goals().get(14);
        assertThat(goal15.negative()).containsExactly(0, 2);
        assertThat(goal15.negativeDiffers()).isTrue();
    }

    @Test
    void aSingleAssessmentIsACaseOfOneAlternativeWithItsOwnReasons() {
        Assessment single = Assessments.complete(rated(7, 3, 0));

        CaseAnalysis analysis = ANALYZER.analyseCase(single);

        assertThat(analysis.alternatives()).hasSize(1);
        assertThat(analysis.blocking()).isEqualTo(ANALYZER.analyse(single).blocking());
    }

    /** Two ready alternatives: A with no effects, B helping goal 7 and harming goal 15 with the conflict weighed. */
    private static Assessment readyCase(Recommendation recommendation) {
        Assessment a = Assessments.complete();
        Assessment b = Assessments.complete(rated(7, 3, 0), rated(15, 0, 2))
                .withHandling(Assessments.handling("Vi tar hensyn til naturen.", 7, 15));
        return Assessment.newDraft("Sak").asCaseWithAlternatives("A", Alternative.of("B", b))
                .withAlternativeContent(0, a)
                .withRecommendation(recommendation);
    }

    private static List<String> reasons(Assessment ofCase) {
        return ANALYZER.analyseCase(ofCase).blocking().stream().map(b -> NB.format(b.message())).toList();
    }
}
