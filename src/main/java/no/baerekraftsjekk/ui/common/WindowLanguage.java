package no.baerekraftsjekk.ui.common;

import no.baerekraftsjekk.domain.text.Language;

/** The window's language as the caseworker chose it, remembered in the user settings; bokmål until chosen. */
public final class WindowLanguage {
    static final String KEY = "window.language";

    private WindowLanguage() {
    }

    /** The remembered language; an unknown or hand-edited value falls back to bokmål rather than failing the start. */
    public static Language of(UserSettings settings) {
        return Language.ofCode(settings.get(KEY, Language.BASE.code())).orElse(Language.BASE);
    }

    public static void remember(UserSettings settings, Language language) {
        settings.put(KEY, language.code());
    }
}
