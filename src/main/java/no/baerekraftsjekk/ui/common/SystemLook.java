package no.baerekraftsjekk.ui.common;

import javafx.application.ColorScheme;
import javafx.application.Platform;

/**
 * What the operating system asks for, as far as JavaFX reports it: Windows' high-contrast mode
 * (the platform preference "Windows.SPI.HighContrast"), else the dark or light colour scheme of
 * Windows, macOS or GNOME. Where nothing is reported, light.
 */
final class SystemLook {
    static final String HIGH_CONTRAST_KEY = "Windows.SPI.HighContrast";

    private SystemLook() {
    }

    /** Call on the FX thread. */
    static Look now() {
        Platform.Preferences preferences = Platform.getPreferences();
        if (preferences.getBoolean(HIGH_CONTRAST_KEY).orElse(false)) {
            return Look.HIGH_CONTRAST;
        }
        return preferences.getColorScheme() == ColorScheme.DARK ? Look.DARK : Look.LIGHT;
    }
}
