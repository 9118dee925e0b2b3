package no.baerekraftsjekk.report;

import org.openpdf.text.pdf.BaseFont;

/**
 * Replaces characters the embedded font cannot draw (emoji, rare scripts) with a visible
 * replacement character, so no character ever vanishes silently from a PDF; the writer adds a note
 * when it replaced any. Word needs no filter: Word and LibreOffice fall back to other fonts.
 */
final class GlyphFilter {
    private final BaseFont regular;
    private final BaseFont bold;
    private final String replacement;
    private boolean replacedAny;

    GlyphFilter(PdfFonts fonts) {
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.replacement = regular.charExists(0xFFFD) && bold.charExists(0xFFFD) ? "\uFFFD" : "?";
    }

    String filter(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!drawable(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                // A variation selector or joiner belongs to the character before it: one mark is enough.
                if (!isModifier(cp)) {
                    out.append(replacement);
                }
                replacedAny = true;
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    boolean replacedAny() {
        return replacedAny;
    }

    private boolean drawable(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || (regular.charExists(cp) && bold.charExists(cp));
    }

    private static boolean isModifier(int cp) {
        return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
