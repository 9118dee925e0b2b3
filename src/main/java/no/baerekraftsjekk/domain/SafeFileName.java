package no.baerekraftsjekk.domain;

import java.util.Locale;
import java.util.Set;

/**
 * A file name made from a title that Windows (where most caseworkers work), macOS and Linux all
 * accept: no reserved or control characters, no reserved device name such as {@code CON} (also not
 * before an extension, {@code CON.txt}), no leading or trailing dot or space, and not longer than asked.
 * The one rule for every file name the program proposes: reports, .bkj exports.
 */
public final class SafeFileName {
    /** Characters Windows refuses in a file name, plus the separators of every system. */
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /**
     * The name for {@code text}, at most {@code maxLength} characters (code points); {@code fallback}
     * when the text has no letter or digit to build on.
     */
    public static String of(String text, String fallback, int maxLength) {
        return of(text, fallback, maxLength, Integer.MAX_VALUE);
    }

    /** As {@link #of(String, String, int)}, and at most {@code maxBytes} in UTF-8 (Linux and macOS count bytes). */
    public static String of(String text, String fallback, int maxLength, int maxBytes) {
        String name = clean(text == null ? "" : text);
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            name = fallback;
        }
        if (name.codePointCount(0, name.length()) > maxLength) {
            name = name.substring(0, name.offsetByCodePoints(0, maxLength));
        }
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxBytes) {
            name = name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, name.length()) - 1));
        }
        name = trimDotsAndSpaces(name);
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (DEVICE_NAMES.contains(base.strip().toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }

    /**
     * Replaces what Windows refuses with '-', drops what has no place in a file name (format
     * characters: a right-to-left override would show "…gpj.exe" as "…exe.jpg"; C1 controls;
     * non-characters), and folds runs of white space (no-break spaces too) or dashes into one.
     */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || (cp & 0xFFFE) == 0xFFFE) {
                // dropped: invisible, or no character at all
            } else if (RESERVED.indexOf(cp) >= 0) {
                out.append('-');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return trimDotsAndSpaces(out.toString().replaceAll(" {2,}", " ").replaceAll("-{2,}", "-"));
    }

    /** A leading dot hides a file on macOS and Linux; Windows drops a trailing dot or space without a word. */
    private static String trimDotsAndSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '.' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }
}
