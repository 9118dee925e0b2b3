package no.baerekraftsjekk.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The program's look: AtlantaFX Primer Light for every window, dialog and control. */
public final class Theme {
    private Theme() {
    }

    /**
     * Call on the FX thread; calling it again changes nothing. The window calls it after its first
     * frame, which needs no theme; the error dialog calls it too, for an error before that frame.
     * The theme's precompiled form: parsing its 165 kB of CSS would take longer.
     */
    public static void apply() {
        String theme = new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
