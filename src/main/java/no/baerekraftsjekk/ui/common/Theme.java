package no.baerekraftsjekk.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The program's look: AtlantaFX Primer Light for every window, dialog and control. */
public final class Theme {
    private Theme() {
    }

    /** Call on the FX thread. The theme's precompiled form: parsing its 165 kB of CSS would take longer. */
    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }
}
