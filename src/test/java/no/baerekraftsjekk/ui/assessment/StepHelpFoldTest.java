package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.common.TextSize;
import org.junit.jupiter.api.Test;

class StepHelpFoldTest {
    @Test
    void theHelpIsShownUpTo125PercentAndFoldedFrom150UntilTheCaseworkerChooses() {
        FakeSettings settings = new FakeSettings();
        StepHelpFold fold = new StepHelpFold(settings, TextSize.NORMAL.pixels());
        assertThat(fold.shownProperty().get()).isTrue();
        fold.textSize(TextSize.LARGER.pixels());
        assertThat(fold.shownProperty().get()).isTrue();
        fold.textSize(TextSize.LARGE.pixels());
        assertThat(fold.shownProperty().get()).isFalse();
        fold.textSize(TextSize.LARGEST.pixels());
        assertThat(fold.shownProperty().get()).isFalse();
        assertThat(settings.get(StepHelpFold.KEY, "none")).as("nothing chosen yet").isEqualTo("none");
    }

    @Test
    void aChoiceIsRememberedAndHoldsAtEveryTextSize() {
        FakeSettings settings = new FakeSettings();
        StepHelpFold fold = new StepHelpFold(settings, TextSize.LARGEST.pixels());
        fold.toggle();
        assertThat(fold.shownProperty().get()).isTrue();
        assertThat(settings.get(StepHelpFold.KEY, "")).isEqualTo("shown");
        assertThat(new StepHelpFold(settings, TextSize.LARGEST.pixels()).shownProperty().get()).isTrue();

        fold.textSize(TextSize.NORMAL.pixels());
        fold.toggle();
        assertThat(fold.shownProperty().get()).isFalse();
        assertThat(new StepHelpFold(settings, TextSize.NORMAL.pixels()).shownProperty().get()).as("folded at 100 % too").isFalse();
    }

    @Test
    void aHandEditedValueCountsAsNoChoice() {
        FakeSettings settings = new FakeSettings();
        settings.put(StepHelpFold.KEY, "maybe");
        assertThat(new StepHelpFold(settings, TextSize.NORMAL.pixels()).shownProperty().get()).isTrue();
        assertThat(new StepHelpFold(settings, TextSize.LARGE.pixels()).shownProperty().get()).isFalse();
    }
}
