package no.baerekraftsjekk.report;

import org.openpdf.text.pdf.BaseFont;

/**
 * Replaces characters the embedded font cannot draw (emoji, rare scripts) with a visible
 * replacement character, so no character ever vanishes silently from a PDF; the writer adds a note
 * when it replaced any. Right-to-left text is replaced too, with a note of its own (see
 * {@link #isRightToLeft}). Word needs no filter: Word and LibreOffice fall back to other fonts and
 * lay out right-to-left text themselves.
 */
final class GlyphFilter {
    private final BaseFont regular;
    private final BaseFont bold;
    private final String replacement;
    private boolean replacedAny;
    private boolean replacedRightToLeft;

    GlyphFilter(PdfFonts fonts) {
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.replacement = regular.charExists(0xFFFD) && bold.charExists(0xFFFD) ? "\uFFFD" : "?";
    }

    String filter(String text) {
        StringBuilder out = null;
        boolean inRightToLeftRun = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean rightToLeft = isRightToLeft(cp);
            if (rightToLeft || !drawable(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                // A variation selector or joiner belongs to the character before it, and a word of
                // right-to-left letters is one thing: one mark each is enough.
                if (!isModifier(cp) && !(rightToLeft && inRightToLeftRun)) {
                    out.append(replacement);
                }
                if (rightToLeft) {
                    replacedRightToLeft = true;
                } else {
                    replacedAny = true;
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            inRightToLeftRun = rightToLeft;
            i = next;
        }
        return out == null ? text : out.toString();
    }

    boolean replacedAny() {
        return replacedAny;
    }

    /** Whether right-to-left text was replaced, which the report explains in its own note. */
    boolean replacedRightToLeft() {
        return replacedRightToLeft;
    }

    /**
     * Arabic, Hebrew and other right-to-left scripts. The PDF writer lays text out left to right
     * without shaping, so such text would print reversed and unjoined: silently wrong. It is marked
     * as not drawable instead, and the Word report, which Word and LibreOffice lay out, keeps it.
     */
    static boolean isRightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    private boolean drawable(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || (regular.charExists(cp) && bold.charExists(cp));
    }

    private static boolean isModifier(int cp) {
        return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
