package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.handling;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionConflictRuleTest {

    private static List<Conflict> dimensionConflicts(Assessment assessment) {
        return analyzer().analyse(assessment).conflictsOf(ConflictKind.DIMENSIONS);
    }

    @ParameterizedTest(name = "SOCIAL (goal 11) +{0}/-{1}, ENVIRONMENT (goal 15) +{2}/-{3}: severity {4}")
    @CsvSource({
            // 11+, 11-, 15+, 15-, severity (0: no dimension conflict)
            "1, 0, 0, 3, 0", // a small gain is not clear
            "3, 0, 0, 1, 0", // a small loss is not clear
            "2, 0, 0, 2, 2",
            "3, 0, 0, 2, 2",
            "3, 0, 0, 3, 3",
            "0, 2, 2, 0, 2", // the other direction
            "2, 3, 3, 1, 3", // both directions: max(min(2,1), min(3,3))
            "3, 3, 0, 0, 0", // both within one dimension
    })
    void clearGainAgainstClearLossBetweenDimensions(int p11, int n11, int p15, int n15, int severity) {
        List<Conflict> conflicts = dimensionConflicts(of(rated(11, p11, n11), rated(15, p15, n15)));

        if (severity == 0) {
            assertThat(conflicts).isEmpty();
        } else {
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.dimensions()).containsExactly(Dimension.ENVIRONMENT, Dimension.SOCIAL);
                assertThat(c.goals()).isEmpty();
                assertThat(c.severity()).isEqualTo(severity);
                assertThat(c.crossDimension()).isTrue();
            });
        }
    }

    @Test
    void dimensionsAreListedInTheOrderEnvironmentSocialEconomic() {
        // ECONOMIC gains (8), ENVIRONMENT loses (13); SOCIAL gains (4), ECONOMIC loses (10).
        List<Conflict> conflicts = dimensionConflicts(of(rated(8, 3, 0), rated(13, 0, 3), rated(4, 2, 0), rated(10, 0, 2)));

        assertThat(conflicts).extracting(Conflict::dimensions).containsExactlyInAnyOrder(
                List.of(Dimension.ENVIRONMENT, Dimension.ECONOMIC),
                List.of(Dimension.ENVIRONMENT, Dimension.SOCIAL),
                List.of(Dimension.SOCIAL, Dimension.ECONOMIC));
    }

    @Test
    void goalSeventeenRaisesNoDimensionConflict() {
        assertThat(dimensionConflicts(of(rated(17, 3, 0), rated(15, 0, 3)))).isEmpty();
    }

    @Test
    void handledWhenEveryModerateOrLargeGoalConflictBetweenTheTwoDimensionsIsHandled() {
        // SOCIAL 11 (+3) and 4 (+2) against ENVIRONMENT 15 (-2) and 13 (-1).
        Assessment base = of(rated(11, 3, 0), rated(4, 2, 0), rated(15, 0, 2), rated(13, 0, 1));
        Assessment oneHandled = base.withHandling(handling("Avveid.", 11, 15));
        Assessment bothHandled = oneHandled.withHandling(handling("Avveid.", 4, 15));

        assertThat(dimensionConflicts(base)).singleElement().extracting(Conflict::handled).isEqualTo(false);
        assertThat(dimensionConflicts(oneHandled)).singleElement().extracting(Conflict::handled).isEqualTo(false);
        // 11–13 and 4–13 (severity 1) are still unhandled: they do not count for the dimension conflict.
        assertThat(dimensionConflicts(bothHandled)).singleElement().extracting(Conflict::handled).isEqualTo(true);
    }

    @Test
    void goalConflictsWithinOneDimensionOrWithAThirdDoNotCount() {
        // ENVIRONMENT against SOCIAL rests on 11–15 only; 11–16 (both SOCIAL) and 8–15 (ECONOMIC) are others.
        Assessment assessment = of(rated(11, 2, 0), rated(16, 0, 2), rated(15, 0, 2), rated(8, 2, 0))
                .withHandling(handling("Avveid.", 11, 15));

        assertThat(dimensionConflicts(assessment))
                .filteredOn(c -> c.dimensions().equals(List.of(Dimension.ENVIRONMENT, Dimension.SOCIAL)))
                .singleElement().extracting(Conflict::handled).isEqualTo(true);
    }
}
