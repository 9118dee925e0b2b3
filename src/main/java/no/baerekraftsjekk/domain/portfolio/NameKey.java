package no.baerekraftsjekk.domain.portfolio;

import java.text.Normalizer;
import java.util.Locale;
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

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\u00ad", "");
        return WHITE_SPACE.matcher(composed.strip()).replaceAll(" ").toLowerCase(BOKMAAL);
    }
}
