package no.baerekraftsjekk.domain.format;

/**
 * Removes what cannot stand in a Word or PDF document: the C0 control characters (tab, LF and CR
 * may stay) and halves of a surrogate pair without their other half (JSON can write them as
 * {@code \ud800}, but they are no character at all and cannot be written as UTF-8).
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean isForbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    public static String strip(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !isForbidden(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
