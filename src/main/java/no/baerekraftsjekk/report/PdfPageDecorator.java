package no.baerekraftsjekk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page of a PDF report carries: the exemption notice in the header when the case is
 * exempt, and "Side n av m" with case number and title in the footer, all as pagination artifacts. It also turns headings into
 * bookmarks as they are laid out, so the outline points at the page where each heading landed.
 */
final class PdfPageDecorator extends PdfPageEventHelper {
    static final float FOOTER_SIZE = 8.5f;
    private static final Color MUTED = new Color(0x44, 0x44, 0x44);
    private static final Color EXEMPT = new Color(0xA0, 0x10, 0x10);

    private final BaseFont regular;
    private final BaseFont bold;
    private final String exemptionNotice;
    private final String draftNotice;
    private final String footerCaption;
    private final List<String> headingTitles = new ArrayList<>();
    private final List<Integer> headingLevels = new ArrayList<>();
    private final Set<Integer> outlined = new HashSet<>();
    private final List<PdfTemplate> totals = new ArrayList<>();
    private PdfOutline currentChapter;
    /** The council's logo and name on page 1; null without a profile. */
    private PdfLetterhead letterhead;

    private final ReportLabels labels;
    /** Headers, footers and page numbers repeat on every page: artifacts, which a screen reader skips. */
    private final TaggedPdf tags;

    PdfPageDecorator(PdfFonts fonts, ReportLabels labels, TaggedPdf tags, String exemptionNotice, String draftNotice, String footerCaption) {
        this.labels = labels;
        this.tags = tags;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.exemptionNotice = exemptionNotice;
        this.draftNotice = draftNotice;
        this.footerCaption = footerCaption;
    }

    /** Puts the council's letterhead on page 1; the page's top margin must leave {@link #LETTERHEAD_ROOM} for it. */
    void useLetterhead(PdfLetterhead value, Runnable afterPageOne) {
        this.letterhead = value;
        this.afterPageOne = afterPageOne;
    }

    /** Gives the pages after page 1 their usual top margin; runs when page 1 ends. */
    private Runnable afterPageOne = () -> { };

    /** How much more room page 1's top margin needs for the letterhead. */
    static final float LETTERHEAD_ROOM = 22f;

    /** Registers a heading; the returned tag goes on the heading's chunk so its position is reported back. */
    String tagFor(int level, String title) {
        headingTitles.add(title);
        headingLevels.add(level);
        return "h" + (headingTitles.size() - 1);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        int index = Integer.parseInt(text.substring(1));
        // A heading that wraps reports each line: only its first line becomes the bookmark.
        if (!outlined.add(index)) {
            return;
        }
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, rect.getLeft(), rect.getTop() + 14, 0);
        PdfOutline root = writer.getDirectContent().getRootOutline();
        if (headingLevels.get(index) == 1 || currentChapter == null) {
            currentChapter = new PdfOutline(root, destination, headingTitles.get(index), true);
        } else {
            new PdfOutline(currentChapter, destination, headingTitles.get(index), false);
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        tags.beginArtifact(canvas, true);
        float left = document.left();
        float right = document.right();
        if (exemptionNotice != null) {
            float y = document.top() + 22;
            canvas.saveState();
            canvas.setColorFill(EXEMPT);
            canvas.beginText();
            canvas.setFontAndSize(bold, 10);
            canvas.showTextAligned(Element.ALIGN_RIGHT, exemptionNotice, right, y, 0);
            canvas.endText();
            canvas.restoreState();
        }
        float draftLeft = left;
        if (letterhead != null && writer.getPageNumber() == 1) {
            try {
                draftLeft = letterhead.draw(canvas, bold, left, document.top() + 10);
            } catch (org.openpdf.text.DocumentException e) {
                throw new org.openpdf.text.ExceptionConverter(e);
            }
        }
        if (draftNotice != null) {
            drawDraft(canvas, draftLeft, document.top() + (draftLeft == left ? 18 : 14));
        }
        if (letterhead != null && writer.getPageNumber() == 1) {
            afterPageOne.run();
        }
        float y = document.bottom() - 28;
        canvas.saveState();
        canvas.setColorStroke(new Color(0xBB, 0xBB, 0xBB));
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y + 12);
        canvas.lineTo(right, y + 12);
        canvas.stroke();
        canvas.setColorFill(MUTED);
        canvas.beginText();
        canvas.setFontAndSize(regular, FOOTER_SIZE);
        canvas.showTextAligned(Element.ALIGN_LEFT, fit(footerCaption, right - left - 90), left, y, 0);
        String page = labels.text("footer", writer.getPageNumber(), "");
        float pageWidth = regular.getWidthPoint(page, FOOTER_SIZE);
        float totalSlot = regular.getWidthPoint("0000", FOOTER_SIZE);
        canvas.showTextAligned(Element.ALIGN_LEFT, page, right - totalSlot - pageWidth, y, 0);
        canvas.endText();
        PdfTemplate total = canvas.createTemplate(totalSlot, FOOTER_SIZE * 1.5f);
        totals.add(total);
        canvas.addTemplate(total, right - totalSlot, y - FOOTER_SIZE * 0.3f);
        canvas.restoreState();
        tags.end(canvas);
    }

    /** "UTKAST" in a frame at the top left of every page: a word and a shape, not a colour alone. */
    private void drawDraft(PdfContentByte canvas, float left, float baseline) {
        float size = 11;
        float width = bold.getWidthPoint(draftNotice, size);
        canvas.saveState();
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(left, baseline - 4, width + 10, size + 7);
        canvas.stroke();
        canvas.setColorFill(Color.BLACK);
        canvas.beginText();
        canvas.setFontAndSize(bold, size);
        canvas.showTextAligned(Element.ALIGN_LEFT, draftNotice, left + 5, baseline, 0);
        canvas.endText();
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String count = String.valueOf(writer.getPageNumber() - 1);
        for (PdfTemplate total : totals) {
            total.beginText();
            total.setColorFill(MUTED);
            total.setFontAndSize(regular, FOOTER_SIZE);
            total.setTextMatrix(0, FOOTER_SIZE * 0.3f);
            total.showText(count);
            total.endText();
        }
    }

    /** The footer caption on one line: a long title is shortened with an ellipsis; it stands in full on page 1. */
    private String fit(String text, float width) {
        if (regular.getWidthPoint(text, FOOTER_SIZE) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && regular.getWidthPoint(shortened + "…", FOOTER_SIZE) > width) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened.strip() + "…";
    }
}
