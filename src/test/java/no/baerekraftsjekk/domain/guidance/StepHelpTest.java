package no.baerekraftsjekk.domain.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepHelpTest {

    private final StepHelp help = StepHelp.loadDefault();

    @Test
    void everyStepOfTheAssessmentHasHelp() {
        for (String step : StepHelp.STEPS) {
            assertThat(help.forStep(step)).as(step).isNotBlank();
        }
    }

    @Test
    void everyValueOfEveryScaleIsExplained() {
        for (int level = 0; level <= 3; level++) {
            assertThat(help.effectScale(level)).as("effect %d", level).isNotBlank();
        }
        assertThat(help.effectScale(0)).startsWith("Ingen");
        assertThat(help.effectScale(3)).startsWith("Stor");
        StepHelp.CERTAINTIES.forEach(c -> assertThat(help.certainty(c)).as(c).isNotBlank());
        StepHelp.HORIZONS.forEach(h -> assertThat(help.horizon(h)).as(h).isNotBlank());
        StepHelp.RELEVANCES.forEach(r -> assertThat(help.relevance(r)).as(r).isNotBlank());
    }

    @Test
    void theMethodNoteForTheReportIsPresent() {
        assertThat(help.method()).contains("0").contains("3").hasSizeGreaterThan(200);
    }

    @Test
    void unknownKeysAreRefused() {
        assertThatThrownBy(() -> help.forStep("EXPORT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> help.effectScale(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> help.certainty("VERY_HIGH")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingResourceFailsWithAnUncheckedExceptionThatNamesIt() {
        assertThatThrownBy(() -> StepHelp.load("guidance/ingen-steg.json"))
                .isInstanceOf(GuidanceLoadException.class)
                .hasMessageContaining("guidance/ingen-steg.json");
    }
}
