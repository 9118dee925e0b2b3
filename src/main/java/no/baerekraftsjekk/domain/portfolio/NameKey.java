package no.baerekraftsjekk.domain.portfolio;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The key under which free-text names group: "Kommunalteknikk", "kommunalteknikk " and
 * "Kommunal\u00adteknikk" are one unit. Case, surrounding and repeated white space and the Unicode
 * form are ignored; letters are not otherwise changed, so "Helse" and "Hælse" stay apart (those are
 * for {@link SimilarNames} to point out and for a person to merge).
 */
public final class NameKey {
    private static final Locale BOKMAAL = Locale.of("nb", "NO");
    /** Compiled once: every assessment of a library is keyed three times when the portfolio opens. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        // A library names a few hundred units, committees and organisations over and over: each is
        // worked out once. Bounded, so a library of names all different cannot make it grow for ever.
        String known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        String key = keyOf(name);
        if (KNOWN.size() < 4_096) {
            KNOWN.put(name, key);
        }
        return key;
    }

    private static String keyOf(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\u00ad", "");
        return WHITE_SPACE.matcher(composed.strip()).replaceAll(" ").toLowerCase(BOKMAAL);
    }
}
