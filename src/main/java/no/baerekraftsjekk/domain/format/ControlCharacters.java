package no.baerekraftsjekk.domain.format;

/** Removes the C0 control characters that cannot stand in a Word or PDF document (tab, LF and CR may). */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static boolean isForbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    public static String strip(String text) {
        if (text.chars().noneMatch(ControlCharacters::isForbidden)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.chars().filter(c -> !isForbidden(c)).forEach(c -> clean.append((char) c));
        return clean.toString();
    }
}
