package no.baerekraftsjekk.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's logo and name in the header of page 1 of a Word report, as in the PDF. Word gives
 * page 1 its own header and footer once it has one, so page 1 also gets the notices and the footer
 * every page carries. A template that has its own first-page header keeps it: the council's
 * letterhead is then already there.
 */
final class WordLetterhead {
    /** About 1 cm: a letterhead, not a poster. */
    static final double LOGO_HEIGHT_POINTS = 28;

    private WordLetterhead() {
    }

    static void apply(XWPFDocument document, CouncilLook look, ReportMetadata metadata, ReportLabels labels)
            throws IOException {
        if (!look.hasLetterhead()) {
            return;
        }
        var policy = document.getHeaderFooterPolicy();
        if (policy != null && policy.getFirstPageHeader() != null) {
            return;
        }
        boolean templated = look.wordTemplate().isPresent();
        XWPFFooter ownFooter = templated && policy != null ? policy.getDefaultFooter() : null;
        if (ownFooter != null && !ownFooter.getRelations().isEmpty()) {
            // Its pictures or links would need copying with their relations; the letterhead is left out instead.
            log().info("The template's footer holds pictures or links: no letterhead on page 1 of the Word report");
            return;
        }
        int width = templated ? WordTemplate.textWidth(document) : WordPageFrame.TEXT_WIDTH;
        XWPFHeader header = document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph line = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().getFirst();
        line.setSpacingAfter(120);
        if (look.logo().isPresent()) {
            logo(line.createRun(), look);
            if (!look.organisation().isEmpty()) {
                line.createRun().setText("  ");
            }
        }
        if (!look.organisation().isEmpty()) {
            XWPFRun name = line.createRun();
            name.setBold(true);
            name.setFontSize(11);
            name.setText(look.organisation());
        }
        if (metadata.exemptionNotice().isPresent() || metadata.draftNotice().isPresent()) {
            WordPageFrame.notices(header.createParagraph(), metadata, width);
        }
        XWPFFooter footer = document.createFooter(HeaderFooterType.FIRST);
        if (ownFooter != null) {
            // setHeaderFooter reads the copied paragraphs and tables into the footer's model.
            footer.setHeaderFooter((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr) ownFooter._getHdrFtr().copy());
        } else {
            WordPageFrame.footerLine(footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().getFirst(),
                    metadata, labels, width);
        }
    }

    private static void logo(XWPFRun run, CouncilLook look) throws IOException {
        LogoPicture picture = look.logo().orElseThrow();
        double height = LOGO_HEIGHT_POINTS;
        double width = picture.widthAt((float) height);
        try {
            run.addPicture(new ByteArrayInputStream(picture.png()), PictureType.PNG, "logo.png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IOException("The logo cannot be placed in the Word report", e);
        }
        // The alternative text a screen reader gives for the picture: whose logo it is.
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(look.organisation().isEmpty() ? "Logo" : look.organisation());
    }

    /** Asked for only when there is something to say: a report that logs nothing never sets up the log. */
    private static Logger log() {
        return LoggerFactory.getLogger(WordLetterhead.class);
    }
}
