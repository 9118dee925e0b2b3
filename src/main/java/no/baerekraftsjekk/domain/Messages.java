package no.baerekraftsjekk.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts a user sees, from the one resource bundle {@code i18n/messages}. Bokmål is the base bundle;
 * the lookup never falls back to the machine's default locale, so a caseworker on an English Windows
 * still gets the bokmål texts unless a bundle for the chosen language exists.
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    private static final Locale LOCALE = Locale.of("nb", "NO");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, LOCALE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    // Parsing a pattern costs more than formatting it, and the analysis formats a message per blocking
    // reason on every change; MessageFormat is not thread-safe, so each use formats a clone.
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat}; a missing key throws. */
    public static String get(String key, Object... args) {
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(TEXTS.getString(k), LOCALE));
        return ((MessageFormat) format.clone()).format(args);
    }
}
