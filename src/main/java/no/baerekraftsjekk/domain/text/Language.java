package no.baerekraftsjekk.domain.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the program can speak: bokmål, nynorsk and English. Bokmål is the base every text
 * exists in; the others fall back to it, text by text, where a translation is still missing.
 */
public enum Language {
    NB("nb", Locale.of("nb", "NO"), "Bokmål"),
    NN("nn", Locale.of("nn", "NO"), "Nynorsk"),
    EN("en", Locale.of("en", "GB"), "English");

    /** The language every text is written in first, and the one the others fall back to. */
    public static final Language BASE = NB;

    private final String code;
    private final Locale locale;
    private final String ownName;

    Language(String code, Locale locale, String ownName) {
        this.code = code;
        this.locale = locale;
        this.ownName = ownName;
    }

    /**
     * The language's name in itself, as language pickers show it whatever language the window speaks:
     * a reader finds their own language by the name they know it by.
     */
    public String ownName() {
        return ownName;
    }

    /** The code the file format and the resource names use: {@code nb}, {@code nn} or {@code en}. */
    public String code() {
        return code;
    }

    /** For formatting dates and numbers, and for case-insensitive search. */
    public Locale locale() {
        return locale;
    }

    /** The language with this code, ignoring case; empty for anything else. */
    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
