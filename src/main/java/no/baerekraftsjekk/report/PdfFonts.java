package no.baerekraftsjekk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font embedded in every PDF report: DejaVu Sans Condensed, shipped with the program (licence in
 * assets/fonts/LICENSE-DejaVu.txt), never read from the system, which may have none. PDF/A needs
 * every font embedded; subsetting keeps the file small (without a CIDSet, see load). Loaded once per writer, as parsing the
 * font files is the slow part of a first export. The condensed cut carries the same characters as
 * DejaVu Sans in about 10 % less width, which is much of what keeps an ordinary report within six pages.
 */
final class PdfFonts {
    private final BaseFont regular;
    private final BaseFont bold;

    PdfFonts() {
        this.regular = load("DejaVuSansCondensed.ttf");
        this.bold = load("DejaVuSansCondensed-Bold.ttf");
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + file + " is missing from the program");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            // PDF/A-2 and PDF/UA make the CIDSet optional but, when present, it must list every glyph
            // of the subset, which OpenPDF's does not: leaving it out is what lets subsetting stay.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The report font " + file + " cannot be read", e);
        }
    }
}
