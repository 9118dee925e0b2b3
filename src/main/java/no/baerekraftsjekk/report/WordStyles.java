package no.baerekraftsjekk.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of a Word report. The headings use Word's built-in style ids and names
 * (Heading1, "heading 1"), so a Norwegian Word shows them as Overskrift 1 and 2, lists them in the
 * navigation pane and keeps them when the report is pasted into a saksframlegg.
 */
final class WordStyles {
    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String KICKER = "Kicker";
    static final String NOTE = "Note";
    static final String LABEL = "Label";
    static final String FONT = "Calibri";
    static final String HEADING_COLOUR = "0B3D5C";
    static final String MUTED_COLOUR = "4A4A4A";

    private WordStyles() {
    }

    static void define(XWPFDocument document, String language) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage(language);
        styles.setDefaultFonts(fonts());
        add(styles, paragraphStyle(NORMAL, "Normal", null, 20, null, false, 0, 60, null));
        add(styles, paragraphStyle(HEADING_1, "heading 1", NORMAL, 34, HEADING_COLOUR, true, 200, 100, 0));
        add(styles, paragraphStyle(HEADING_2, "heading 2", NORMAL, 25, HEADING_COLOUR, true, 180, 60, 1));
        add(styles, paragraphStyle(KICKER, "Report kicker", NORMAL, 20, MUTED_COLOUR, true, 0, 40, null));
        add(styles, paragraphStyle(NOTE, "Report note", NORMAL, 18, MUTED_COLOUR, false, 0, 100, null));
        add(styles, paragraphStyle(LABEL, "Report label", NORMAL, 20, null, true, 140, 30, null));
    }

    private static CTFonts fonts() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        return fonts;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** @param halfPoints font size in half points; {@code outlineLevel} null for body styles */
    private static CTStyle paragraphStyle(String id, String name, String basedOn, int halfPoints, String colour,
                                          boolean bold, int spaceBefore, int spaceAfter, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewNext().setVal(NORMAL);
        style.addNewQFormat();
        if (outlineLevel != null) {
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(spaceAfter));
        paragraph.getSpacing().setLine(BigInteger.valueOf(276));
        // Without an explicit rule LibreOffice reads the line height as exact and clips the chart.
        paragraph.getSpacing().setLineRule(STLineSpacingRule.AUTO);
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewRFonts().set(fonts());
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
        if (bold) {
            run.addNewB();
        }
        return style;
    }
}
