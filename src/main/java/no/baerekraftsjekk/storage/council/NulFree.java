package no.baerekraftsjekk.storage.council;

import java.util.regex.Pattern;

/**
 * PostgreSQL cannot store the NUL character, in text or in jsonb, and refuses the whole save when
 * a field holds one (typed by no one, but pasted or sent by another program). It is dropped; every
 * other character is kept as written (reports leave out the controls they cannot show).
 */
final class NulFree {
    /** A JSON escape of NUL that is not itself an escaped backslash followed by "u0000". */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private NulFree() {
    }

    static String text(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    static String json(String document) {
        return document.contains("\\u0000") ? ESCAPED_NUL.matcher(document).replaceAll("$1") : document;
    }
}
