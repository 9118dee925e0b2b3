package no.baerekraftsjekk.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Optional;
import org.openpdf.text.BadElementException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;

/**
 * The council's logo and name at the top left of page 1 of a PDF report. Drawn as a pagination
 * artifact (a running header, not content): the name is in the document's metadata, and a screen
 * reader should not read a letterhead before the title. Kept apart from {@link PdfPageDecorator} so
 * the tagging of the rest of the page can change without touching it.
 */
final class PdfLetterhead {
    static final float LOGO_HEIGHT = 26f;
    static final float NAME_SIZE = 10f;
    private static final float GAP = 7f;
    private static final Color NAME = new Color(0x1A, 0x1A, 0x1A);

    private final String organisation;
    private final Optional<Image> logo;

    private PdfLetterhead(String organisation, Optional<Image> logo) {
        this.organisation = organisation;
        this.logo = logo;
    }

    /** The letterhead of {@code look}, or none when the council has neither name nor logo. */
    static Optional<PdfLetterhead> of(CouncilLook look) throws IOException {
        if (!look.hasLetterhead()) {
            return Optional.empty();
        }
        Optional<Image> image = Optional.empty();
        if (look.logo().isPresent()) {
            try {
                Image picture = Image.getInstance(look.logo().get().png());
                picture.setAlt(look.organisation());
                image = Optional.of(picture);
            } catch (BadElementException e) {
                throw new IOException("The logo cannot be placed in the PDF", e);
            }
        }
        return Optional.of(new PdfLetterhead(look.organisation(), image));
    }

    /**
     * Draws the letterhead with its bottom at {@code baseline}, from {@code left}.
     *
     * @return the x where the letterhead ends, for what else the header holds on that line
     */
    float draw(PdfContentByte canvas, BaseFont font, float left, float baseline) throws DocumentException {
        PdfDictionary artifact = new PdfDictionary();
        artifact.put(PdfName.TYPE, new PdfName("Pagination"));
        artifact.put(PdfName.SUBTYPE, new PdfName("Header"));
        canvas.beginMarkedContentSequence(new PdfName("Artifact"), artifact, true);
        float x = left;
        if (logo.isPresent()) {
            Image image = logo.get();
            float width = LOGO_HEIGHT * image.getWidth() / image.getHeight();
            canvas.addImage(image, width, 0, 0, LOGO_HEIGHT, x, baseline - 4);
            x += width + GAP;
        }
        if (!organisation.isEmpty()) {
            canvas.saveState();
            canvas.setColorFill(NAME);
            canvas.beginText();
            canvas.setFontAndSize(font, NAME_SIZE);
            canvas.showTextAligned(Element.ALIGN_LEFT, organisation, x, baseline + LOGO_HEIGHT / 2 - NAME_SIZE / 2 - 2, 0);
            canvas.endText();
            canvas.restoreState();
            x += font.getWidthPoint(organisation, NAME_SIZE) + GAP * 2;
        }
        canvas.endMarkedContentSequence();
        return x;
    }
}
