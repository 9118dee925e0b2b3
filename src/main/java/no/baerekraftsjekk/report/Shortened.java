package no.baerekraftsjekk.report;

/** A long text cut at a word for page 1, with a pointer to where the whole text stands. */
final class Shortened {
    private Shortened() {
    }

    static boolean isNeeded(String text, int limit) {
        return text.strip().length() > limit;
    }

    /** The text as it is when it fits, else its start up to a word break, "…" and the pointer. */
    static String of(String text, int limit, String pointer) {
        String stripped = text.strip();
        if (stripped.length() <= limit) {
            return stripped;
        }
        int cut = limit;
        // Never split a surrogate pair, and prefer the last space in the final fifth of the limit.
        if (Character.isLowSurrogate(stripped.charAt(cut))) {
            cut--;
        }
        int space = stripped.lastIndexOf(' ', cut);
        if (space > limit * 4 / 5) {
            cut = space;
        }
        // Page 1 keeps to one paragraph: line breaks of the original would each cost a line.
        String start = stripped.substring(0, cut).replaceAll("\\s*\\R\\s*", " ").strip();
        return start + " … " + pointer;
    }
}
