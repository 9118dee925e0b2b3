package no.baerekraftsjekk.domain.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a user sees, in one language. Made once per language at start-up (or per report) and
 * handed by constructor to whoever shows text; there is no static lookup, so the window and a report
 * can speak different languages.
 *
 * <p>Bokmål ({@code i18n/messages.properties}) is the base and holds every key. A translation
 * ({@code i18n/messages_nn.properties}, {@code _en}) lists the same keys; a key whose value is
 * empty there is <em>not translated yet</em> and falls back to bokmål, key by key. A key missing
 * from bokmål is a programming error and throws.
 *
 * <p>Value names: every value of an enum a user sees has a short name ({@code value.Horizon.BOTH})
 * for a button, a tile or a table cell, and a long name ({@code value.Horizon.BOTH.long}) for where
 * it stands on its own, in a report or a sentence. The window and the reports take both from here,
 * so they cannot disagree.
 */
public final class Texts {
    public static final String BASE_RESOURCE = "i18n/messages.properties";
    /** Prefix of the value names; see {@link #name(Enum)}. */
    public static final String VALUE_PREFIX = "value.";
    /** The value names of the effect levels 0–3, which are numbers rather than an enum. */
    public static final String EFFECT = "Effect";

    private final Language language;
    private final Map<String, String> patterns;
    // Parsing a pattern costs far more than formatting it, and the analysis view formats text on every
    // change; MessageFormat is not thread-safe, so each use formats a clone.
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Texts(Language language, Map<String, String> patterns) {
        this.language = language;
        this.patterns = Map.copyOf(patterns);
    }

    /** Reads the bundles of {@code language} (and bokmål under it). A broken or missing base bundle is a packaging fault. */
    public static Texts of(Language language) {
        Objects.requireNonNull(language, "language");
        Map<String, String> patterns = new HashMap<>(read(BASE_RESOURCE, true));
        if (language != Language.BASE) {
            read(resourceOf(language), false).forEach((key, text) -> {
                if (!text.isBlank()) {
                    patterns.put(key, text);
                }
            });
        }
        return new Texts(language, patterns);
    }

    /** The class-path name of a language's bundle: the base for bokmål, {@code i18n/messages_nn.properties} for nynorsk. */
    public static String resourceOf(Language language) {
        return language == Language.BASE ? BASE_RESOURCE : "i18n/messages_" + language.code() + ".properties";
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat}; a key bokmål lacks throws. */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return pattern(key);
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), language.locale()));
        Object[] made = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            made[i] = made(args[i]);
        }
        return ((MessageFormat) format.clone()).format(made);
    }

    private Object made(Object arg) {
        if (arg instanceof Message inner) {
            return format(inner);
        }
        if (arg instanceof Message.Joined joined) {
            StringBuilder text = new StringBuilder();
            for (Object part : joined.parts()) {
                if (!text.isEmpty()) {
                    text.append(joined.separator());
                }
                text.append(made(part));
            }
            return text.toString();
        }
        return arg;
    }

    /** The words for a message from the domain, in this language. */
    public String format(Message message) {
        return get(message.key(), message.args().toArray());
    }

    /**
     * What went wrong, for a user: the explanation of a failure that carries one, otherwise the
     * failure's own message (a library's text, which has no translation).
     */
    public String explain(Throwable failure) {
        if (failure instanceof Explained explained) {
            return format(explained.explanation());
        }
        return failure == null ? "" : String.valueOf(failure.getMessage());
    }

    /** Whether the bundle (or bokmål under it) has {@code key}. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The short name of a value, for a button, a tile or a table cell: "Begge". */
    public String name(Enum<?> value) {
        return pattern(valueKey(value, false));
    }

    /** The long name of a value, for where it stands alone or in a report: "Både kort og lang sikt". */
    public String longName(Enum<?> value) {
        return pattern(valueKey(value, true));
    }

    /** The short name of an effect level 0–3: "Middels". */
    public String effect(int level) {
        return pattern(effectKey(level, false));
    }

    /** The long name of an effect level 0–3, with its number: "2 – middels". */
    public String effectLong(int level) {
        return pattern(effectKey(level, true));
    }

    /** The key of a value's name: {@code value.Horizon.BOTH}, and {@code value.Horizon.BOTH.long}. */
    public static String valueKey(Enum<?> value, boolean longForm) {
        return VALUE_PREFIX + value.getDeclaringClass().getSimpleName() + "." + value.name() + (longForm ? ".long" : "");
    }

    public static String effectKey(int level, boolean longForm) {
        return VALUE_PREFIX + EFFECT + "." + level + (longForm ? ".long" : "");
    }

    /** In lower case by this language's rules, for a name that stands inside a sentence. */
    public String lower(String text) {
        return text.toLowerCase(language.locale());
    }

    /**
     * The texts as a resource bundle, for the two libraries that want one: FXML ({@code %key}) and
     * picocli (usage help). Same texts and fallback as {@link #get}.
     */
    public ResourceBundle asResourceBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return patterns.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(patterns.keySet());
            }

            @Override
            protected Set<String> handleKeySet() {
                return patterns.keySet();
            }
        };
    }

    private String pattern(String key) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalStateException("Missing text for key " + key);
        }
        return pattern;
    }

    /** One bundle as key → text, read as UTF-8. */
    static Map<String, String> read(String resource, boolean required) {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("The text bundle " + resource + " is missing from the program");
                }
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text bundle " + resource, e);
        }
    }
}
