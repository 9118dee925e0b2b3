package no.baerekraftsjekk.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Norwegian left in a text that should be English: the letters æ, ø and å, Norwegian
 * quotation marks, and common Norwegian words standing as whole words.
 *
 * <p>Norwegian is allowed in two places only, both listed here on purpose so the list stays short
 * and reviewable: the product's name anywhere, and a few Norwegian administrative terms when they
 * stand inside parentheses after their English explanation, as in "Exempt from public disclosure
 * (unntatt offentlighet)" — a caseworker needs the Norwegian term to find the rule or the form. Outside
 * parentheses such a term is reported too: it would stand where an English word belongs.
 */
final class EnglishTextCheck {
    /** Names written the same in every language: the product, and the written standard "Bokmål" as English names it. */
    static final List<String> NAMES = List.of("Bærekraftsjekk", "Bokmål");

    /** Norwegian terms an English text may give in parentheses, after saying in English what they are. */
    static final List<String> TERMS_IN_PARENTHESES = List.of(
            "unntatt offentlighet", "hjemmel", "saksframlegg", "kommuneplanens samfunnsdel", "konsekvensutredning",
            "kommunestyret", "fylkestinget");

    /**
     * Common Norwegian words, bokmål and nynorsk, chosen because none of them is an English word, so
     * finding one as a whole word means a Norwegian sentence (or a piece of one) was left behind.
     * Deliberately left out because they are also English: at, by, de, den, for, fast, han, hun, i,
     * man, men, over, sin, so, to, under, bare, eg (as in "eg" for "e.g."). Kept although English
     * has a rare look-alike: "er" (a hesitation, never written in an interface), "til" (an informal
     * "until"; these texts write "until"), "med" and "et" (only in loans such as "et al.", which these
     * texts do not use). Not on the list although very common Norwegian: "en", because it is the code of
     * English that the command line's help must name ("nb, nn or en"). Words with æ, ø or å (på, må, være, også, når) need
     * no entry: the letters are caught on their own.
     */
    static final List<String> NORWEGIAN_WORDS = List.of(
            // the glue of a sentence: and, not, that/as, it/this, with, to, of, is, a (neuter)
            "og", "ikke", "ikkje", "som", "det", "dette", "denne", "disse", "med", "til", "av", "er", "et",
            "ein", "eit", "ei",
            // verbs: has, shall, can, becomes/became, will
            "har", "skal", "kan", "blir", "ble", "vart", "vil", "kunne", "skulle",
            // question words and "if": what, how, why, which, if
            "hva", "kva", "hvordan", "korleis", "hvorfor", "kvifor", "hvilke", "hvis", "viss",
            // pronouns: I, you, we, someone, no one, all, self
            "jeg", "du", "noen", "nokon", "ingen", "alle", "seg", "sitt", "sine", "deres", "dere",
            // small words: or, from, without, between, after, against, because, much, only (nn), at (place)
            "eller", "fra", "uten", "utan", "mellom", "etter", "mot", "fordi", "mye", "mykje", "berre", "ved",
            // the words this program's own bokmål uses most
            "kommunen", "saken", "vurdering", "vurderingen", "eksempel", "begrunnelse", "innen", "lagret", "lagrede",
            "bruk", "fil", "filen", "arkivet", "mangler", "linjen", "konflikt", "lista", "velg", "inn");

    private static final Pattern NORWEGIAN_LETTER = Pattern.compile("[æøåÆØÅ]");
    private static final Pattern NORWEGIAN_QUOTES = Pattern.compile("[«»]");
    private static final Pattern NORWEGIAN_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + String.join("|", NORWEGIAN_WORDS) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");

    private EnglishTextCheck() {
    }

    /** What is Norwegian in {@code text}, one line each, saying {@code where}; empty when the text is English. */
    static List<String> problems(String where, String text) {
        String checked = withoutAllowed(text);
        List<String> problems = new ArrayList<>();
        Matcher letter = NORWEGIAN_LETTER.matcher(checked);
        if (letter.find()) {
            problems.add(where + ": Norwegian letter '" + letter.group() + "' in: " + text);
        }
        if (NORWEGIAN_QUOTES.matcher(checked).find()) {
            problems.add(where + ": Norwegian quotation marks « » (write “ ”) in: " + text);
        }
        Matcher word = NORWEGIAN_WORD.matcher(checked);
        while (word.find()) {
            problems.add(where + ": Norwegian word \"" + word.group() + "\" in: " + text);
        }
        for (String term : TERMS_IN_PARENTHESES) {
            if (term(term).matcher(checked).find()) {
                problems.add(where + ": Norwegian term \"" + term + "\" outside parentheses in: " + text);
            }
        }
        return problems;
    }

    private static Pattern term(String term) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(term) + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with the product's name taken out, and the allowed terms taken out of parentheses only. */
    private static String withoutAllowed(String text) {
        String result = text;
        for (String name : NAMES) {
            result = result.replace(name, " ");
        }
        Matcher group = PARENTHESES.matcher(result);
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            String inside = group.group(1);
            for (String term : TERMS_IN_PARENTHESES) {
                inside = term(term).matcher(inside).replaceAll(" ");
            }
            group.appendReplacement(out, Matcher.quoteReplacement("(" + inside + ")"));
        }
        group.appendTail(out);
        return out.toString();
    }
}
