package no.baerekraftsjekk.domain.portfolio;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which free-text names group: "Kommunalteknikk", "kommunalteknikk " and
 * "Kommunal\u00adteknikk" are one unit. Case, surrounding and repeated white space and the Unicode
 * form are ignored; letters are not otherwise changed, so "Helse" and "Hælse" stay apart (those are
 * for {@link SimilarNames} to point out and for a person to merge).
 */
public final class NameKey {
    private static final Locale BOKMAAL = Locale.of("nb", "NO");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\u00ad", "");
        return composed.strip().replaceAll("\\s+", " ").toLowerCase(BOKMAAL);
    }
}
