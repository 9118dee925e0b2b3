package no.baerekraftsjekk.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts a user sees, from the one resource bundle {@code i18n/messages}. Bokmål is the base bundle;
 * the lookup never falls back to the machine's default locale, so a caseworker on an English Windows
 * still gets the bokmål texts unless a bundle for the chosen language exists.
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    private static final Locale LOCALE = Locale.of("nb", "NO");

    private Messages() {
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat}; a missing key throws. */
    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, LOCALE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }
}
