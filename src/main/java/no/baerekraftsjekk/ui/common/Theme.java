package no.baerekraftsjekk.ui.common;

import javafx.application.Application;

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

    /** Puts the theme of {@code look} under every window. Call on the FX thread. */
    static void apply(Look look) {
        current = look;
        String theme = look.userAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
