package no.baerekraftsjekk.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one resource bundle every user-facing text comes from ({@code i18n/messages.properties},
 * bokmål). Bokmål is the base bundle; the lookup never falls back to the machine's default locale,
 * so a caseworker on an English Windows still gets bokmål. Static on purpose: texts are constant
 * data, like the bundle itself, not a service.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private static final Locale BOKMAAL = Locale.of("nb", "NO");

    // Parsing a pattern costs far more than formatting it, and the analysis formats a message per
    // blocking reason on every change; MessageFormat is not thread-safe, so each use formats a clone.
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, BOKMAAL,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat}; a missing key throws. */
    public static String get(String key, Object... args) {
        if (args.length == 0) {
            return pattern(key);
        }
        MessageFormat format = FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern(k), BOKMAAL));
        return ((MessageFormat) format.clone()).format(args);
    }

    private static String pattern(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing text for key " + key, e);
        }
    }
}
