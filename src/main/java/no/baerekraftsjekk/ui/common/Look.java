package no.baerekraftsjekk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;

/**
 * A look as it is drawn: the AtlantaFX theme under it, and our stylesheet over it that sets the
 * colours our own screens use (every one with text contrast at least 4.5:1).
 */
public enum Look {
    LIGHT("light.css"), DARK("dark.css"), HIGH_CONTRAST("high-contrast.css");

    private final String stylesheet;

    Look(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The AtlantaFX theme, precompiled: parsing its 165 kB of CSS would take longer. */
    String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheetBSS() : new PrimerDark().getUserAgentStylesheetBSS();
    }

    /** Our colours over the theme, added to every window's scene after the program's own stylesheet. */
    public String stylesheet() {
        return themeSheet(stylesheet);
    }

    /** What every look draws the same way (the focus ring), added just before the look's own sheet. */
    public static String everyLookStylesheet() {
        return themeSheet("every-look.css");
    }

    private static String themeSheet(String name) {
        return Objects.requireNonNull(Look.class.getResource("/no/baerekraftsjekk/ui/themes/" + name)).toExternalForm();
    }

    /** What a choice means now; {@code system} is what the operating system reports. */
    public static Look of(ThemeChoice choice, Look system) {
        return switch (choice) {
            case SYSTEM -> system;
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case HIGH_CONTRAST -> HIGH_CONTRAST;
        };
    }
}
