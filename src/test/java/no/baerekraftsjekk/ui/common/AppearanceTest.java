package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.ui.FakeSettings;
import org.junit.jupiter.api.Test;

/** The look and text size as remembered in the user settings, and how the root is given its font size. */
class AppearanceTest {
    @Test
    void untilChosenTheSystemsLookAndNormalText() {
        FakeSettings settings = new FakeSettings();
        assertThat(ThemeChoice.of(settings)).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(TextSize.of(settings)).isEqualTo(TextSize.NORMAL);
    }

    @Test
    void aChoiceIsRememberedAndReadBack() {
        FakeSettings settings = new FakeSettings();
        Appearance appearance = new Appearance(settings);
        appearance.themeProperty().set(ThemeChoice.HIGH_CONTRAST);
        appearance.textSizeProperty().set(TextSize.LARGEST);
        assertThat(settings.get("window.theme", "")).isEqualTo("HIGH_CONTRAST");
        assertThat(settings.get("window.textSize", "")).isEqualTo("200");
        Appearance next = new Appearance(settings);
        assertThat(next.themeProperty().get()).isEqualTo(ThemeChoice.HIGH_CONTRAST);
        assertThat(next.textSizeProperty().get()).isEqualTo(TextSize.LARGEST);
    }

    @Test
    void aHandEditedValueFallsBackRatherThanFailingTheStart() {
        FakeSettings settings = new FakeSettings();
        settings.put("window.theme", "purple");
        settings.put("window.textSize", "300");
        assertThat(ThemeChoice.of(settings)).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(TextSize.of(settings)).isEqualTo(TextSize.NORMAL);
        settings.put("window.theme", " dark ");
        settings.put("window.textSize", "150 %");
        assertThat(ThemeChoice.of(settings)).isEqualTo(ThemeChoice.DARK);
        assertThat(TextSize.of(settings)).isEqualTo(TextSize.LARGE);
    }

    @Test
    void theSystemsLookIsUsedOnlyWhenTheCaseworkerLeftItToTheSystem() {
        assertThat(Look.of(ThemeChoice.SYSTEM, Look.HIGH_CONTRAST)).isEqualTo(Look.HIGH_CONTRAST);
        assertThat(Look.of(ThemeChoice.SYSTEM, Look.DARK)).isEqualTo(Look.DARK);
        assertThat(Look.of(ThemeChoice.LIGHT, Look.DARK)).isEqualTo(Look.LIGHT);
        assertThat(Look.of(ThemeChoice.HIGH_CONTRAST, Look.LIGHT)).isEqualTo(Look.HIGH_CONTRAST);
    }

    @Test
    void theRootFontSizeReplacesAnEarlierOneAndKeepsTheRestOfTheStyle() {
        assertThat(Appearance.withFontSize(null, TextSize.NORMAL)).isEqualTo("-fx-font-size: 14px;");
        assertThat(Appearance.withFontSize("-fx-font-size: 14px;", TextSize.LARGEST)).isEqualTo("-fx-font-size: 28px;");
        assertThat(Appearance.withFontSize("-fx-font-size: 17.5px; -fx-padding: 4;", TextSize.LARGE))
                .isEqualTo("-fx-font-size: 21px; -fx-padding: 4;");
        assertThat(TextSize.LARGER.pixels()).isEqualTo(17.5);
    }

    @Test
    void everyLookHasItsStylesheet() {
        for (Look look : Look.values()) {
            assertThat(look.stylesheet()).endsWith(".css");
        }
    }
}
