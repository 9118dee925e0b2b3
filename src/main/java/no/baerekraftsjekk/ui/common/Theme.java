package no.baerekraftsjekk.ui.common;

import java.io.IOException;
import java.net.URL;
import javafx.application.Application;
import javafx.css.Stylesheet;

/**
 * The AtlantaFX theme under every window, dialog and control: Primer Light, or Primer Dark under
 * the dark and high-contrast looks ({@link Appearance} chooses).
 */
public final class Theme {
    /** Only the FX thread reads and writes it. */
    private static Look current = Look.LIGHT;

    private Theme() {
    }

    /**
     * Call on the FX thread; calling it again changes nothing. The window calls it after its first
     * frame, which needs no theme; the error dialog calls it too, for an error before that frame.
     */
    public static void apply() {
        apply(current);
    }

    /**
     * Reads the theme's stylesheet once and drops what it read; any thread, before the toolkit is up.
     * The FX thread reads it again when the theme is put on the window, after the first frame, where
     * the caseworker waits for the library: by then the reading code is compiled, and its 190 kB
     * take a few milliseconds instead of 20 (measured on two cores). The dark looks' sheet is read
     * by the same code. A failure here changes nothing: the FX thread reads it as before.
     *
     * @return the number of style rules read; 0 when the sheet could not be read
     */
    public static int readAhead() {
        try {
            URL sheet = Theme.class.getResource(Look.LIGHT.userAgentStylesheet());
            return sheet == null ? 0 : Stylesheet.loadBinary(sheet).getRules().size();
        } catch (IOException | RuntimeException e) {
            // Only a head start; the theme is loaded (and any problem met) on the FX thread.
            return 0;
        }
    }

    /** Puts the theme of {@code look} under every window. Call on the FX thread. */
    static void apply(Look look) {
        current = look;
        String theme = look.userAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
