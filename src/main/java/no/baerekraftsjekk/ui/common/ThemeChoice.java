package no.baerekraftsjekk.ui.common;

import java.util.Locale;

/**
 * The look the caseworker chose in the settings: the system's, or one of the three looks whatever
 * the system says. Remembered in the user settings; the system's until chosen.
 */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK, HIGH_CONTRAST;

    static final String KEY = "window.theme";

    /** The remembered choice; an unknown or hand-edited value means the system's, never a failed start. */
    public static ThemeChoice of(UserSettings settings) {
        String value = settings.get(KEY, SYSTEM.name());
        for (ThemeChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(value.strip())) {
                return choice;
            }
        }
        return SYSTEM;
    }

    public void remember(UserSettings settings) {
        settings.put(KEY, name());
    }

    /** The key of its name in the text service. */
    public String textKey() {
        return "a11y.theme." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
