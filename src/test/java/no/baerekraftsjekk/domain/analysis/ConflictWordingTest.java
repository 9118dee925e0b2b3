package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;

/** Every conflict says who gains and who loses, the same way in the window and the reports, in each language. */
class ConflictWordingTest {
    private static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();
    private static final ConflictWording WORDING = ConflictWording.standard();

    private static String describe(Assessment assessment, ConflictKind kind, Language language) {
        Analysis analysis = ANALYZER.analyse(assessment);
        Conflict conflict = analysis.conflictsOf(kind).getFirst();
        return Texts.of(language).format(WORDING.describe(conflict, assessment, analysis));
    }

    @Test
    void aGoalConflictNamesTheGainingAndTheLosingGoalWithTheirLevels() {
        // Energy (7, social by default) gains a lot; nature (15, environment) loses a lot.
        Assessment windPower = of(rated(7, 3, 0), rated(15, 0, 3));

        assertThat(describe(windPower, ConflictKind.GOALS, Language.NB)).isEqualTo(
                "Mål 7 får positiv virkning (stor), mål 15 negativ virkning (stor). "
                        + "Konflikten går på tvers av to dimensjoner: sosiale forhold (mål 7) og miljø og klima (mål 15).");
        assertThat(describe(windPower, ConflictKind.GOALS, Language.NN)).isEqualTo(
                "Mål 7 får positiv verknad (stor), mål 15 negativ verknad (stor). "
                        + "Konflikten går på tvers av to dimensjonar: sosiale forhold (mål 7) og miljø og klima (mål 15).");
        assertThat(describe(windPower, ConflictKind.GOALS, Language.EN)).isEqualTo(
                "Goal 7 has a positive effect (large), goal 15 a negative effect (large). "
                        + "The conflict crosses two dimensions: social conditions (goal 7) and environment and climate (goal 15).");
    }

    @Test
    void theStrongerDirectionComesFirstWhenAPairPullsBothWays() {
        // 13 gains moderately and loses a little; 15 loses a lot and gains a little.
        Assessment assessment = of(rated(13, 2, 1), rated(15, 1, 3));

        assertThat(describe(assessment, ConflictKind.GOALS, Language.NB)).isEqualTo(
                "Mål 13 får positiv virkning (middels), mål 15 negativ virkning (stor); "
                        + "mål 15 får positiv virkning (liten), mål 13 negativ virkning (liten).");
    }

    @Test
    void aConflictWithinOneDimensionNamesNoDimensions() {
        Assessment assessment = of(rated(8, 2, 0), rated(10, 0, 1));

        assertThat(describe(assessment, ConflictKind.GOALS, Language.NN))
                .isEqualTo("Mål 8 får positiv verknad (middels), mål 10 negativ verknad (lita).");
    }

    @Test
    void aConflictWithinAGoalNamesBothSidesOfIt() {
        Assessment assessment = of(rated(11, 2, 1));

        assertThat(describe(assessment, ConflictKind.WITHIN_GOAL, Language.NB))
                .isEqualTo("Mål 11 får både positiv virkning (middels) og negativ virkning (liten).");
        assertThat(describe(assessment, ConflictKind.WITHIN_GOAL, Language.EN))
                .isEqualTo("Goal 11 has both a positive effect (moderate) and a negative effect (small).");
    }

    @Test
    void aDimensionConflictNamesTheTwoDimensions() {
        Assessment assessment = of(rated(4, 3, 0), rated(15, 0, 2));

        assertThat(describe(assessment, ConflictKind.DIMENSIONS, Language.NB)).isEqualTo(
                "Dimensjonen sosiale forhold får positiv virkning (stor), dimensjonen miljø og klima negativ virkning (middels).");
        assertThat(describe(assessment, ConflictKind.DIMENSIONS, Language.EN)).isEqualTo(
                "The social conditions dimension has a positive effect (large), the environment and climate dimension "
                        + "a negative effect (moderate).");
    }

    @Test
    void theDirectionsAreDataTheReportCanUse() {
        Assessment assessment = of(rated(7, 3, 0), rated(15, 0, 2));
        Analysis analysis = ANALYZER.analyse(assessment);

        assertThat(WORDING.directions(analysis.conflictsOf(ConflictKind.GOALS).getFirst(), assessment, analysis))
                .singleElement().satisfies(d -> {
                    assertThat(d.gaining().goal()).isEqualTo(7);
                    assertThat(d.gaining().level()).isEqualTo(3);
                    assertThat(d.losing().goal()).isEqualTo(15);
                    assertThat(d.losing().level()).isEqualTo(2);
                    assertThat(d.strength()).isEqualTo(2);
                });
    }
}
