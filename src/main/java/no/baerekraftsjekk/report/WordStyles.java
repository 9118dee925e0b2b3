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
 * The styles of a Word report. The headings use Word's built-in style ids and names (Heading1,
 * "heading 1"), so a Norwegian Word shows them as Overskrift 1, 2 and 3, lists them in the navigation
 * pane and maps them onto the council's own when the report is pasted into a saksframlegg: the report
 * title is Overskrift 1, the chapters Overskrift 2, the sections Overskrift 3. Our own styles have
 * Norwegian names, and every table uses the one table style «Rapporttabell», so a template restyles
 * all tables at once instead of fighting borders set cell by cell.
 */
final class WordStyles {
    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String KICKER = "Rapporttype";
    static final String NOTE = "Rapportmerknad";
    static final String LEAD = "Rapportuthevet";
    static final String NOTICE = "Rapportvarsel";
    static final String TABLE = "Rapporttabell";
    static final String RULE_COLOUR = "BBBBBB";
    static final String HEADER_FILL = "E6ECF1";
    static final String NOTICE_COLOUR = "A01010";
    static final String FONT = "Calibri";
    static final String HEADING_COLOUR = "0B3D5C";
    static final String MUTED_COLOUR = "4A4A4A";

    private WordStyles() {
    }

    /**
     * Adds to a template's styles the ones the report needs and the template lacks, leaving every
     * style the template has as it is, and says which of the template's styles the report's
     * headings use: the one named "heading 1" (Word's built-in name, whatever the id: a Norwegian
     * Word calls it Overskrift1), else our own.
     *
     * @return the style ids of the headings, level 1 to 3
     */
    static String[] complete(XWPFDocument document, String language) {
        XWPFStyles styles = document.getStyles() != null ? document.getStyles() : document.createStyles();
        styles.setSpellingLanguage(language);
        String normal = idNamed(styles, "Normal", NORMAL);
        if (!styles.styleExist(normal)) {
            add(styles, paragraphStyle(NORMAL, "Normal", null, 18, null, false, 0, 30, null));
        }
        String[] headings = new String[3];
        int[] sizes = {26, 24, 20};
        for (int level = 1; level <= 3; level++) {
            String ours = "Heading" + level;
            String id = idNamed(styles, "heading " + level, ours);
            if (!styles.styleExist(id)) {
                add(styles, paragraphStyle(ours, "heading " + level, NORMAL, sizes[level - 1], HEADING_COLOUR, true,
                        level == 1 ? 0 : 100, level == 1 ? 60 : 20, level - 1));
            }
            headings[level - 1] = id;
        }
        addIfMissing(styles, paragraphStyle(KICKER, "Rapporttype", NORMAL, 18, MUTED_COLOUR, true, 0, 20, null));
        addIfMissing(styles, paragraphStyle(NOTE, "Rapportmerknad", NORMAL, 16, MUTED_COLOUR, false, 0, 60, null));
        addIfMissing(styles, keptWithNext(paragraphStyle(LEAD, "Rapportuthevet", NORMAL, 18, null, true, 80, 0, null)));
        addIfMissing(styles, paragraphStyle(NOTICE, "Rapportvarsel", NORMAL, 18, NOTICE_COLOUR, true, 0, 40, null));
        addIfMissing(styles, tableStyle());
        return headings;
    }

    /** Our own headings' ids, for a report made without a template. */
    static String[] ownHeadings() {
        return new String[] {HEADING_1, HEADING_2, HEADING_3};
    }

    private static String idNamed(XWPFStyles styles, String name, String fallback) {
        // Word writes the built-in names in lower case; LibreOffice capitalises them.
        XWPFStyle style = styles.getStyleWithName(name);
        if (style == null) {
            style = styles.getStyleWithName(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        return style != null ? style.getStyleId() : fallback;
    }

    private static void addIfMissing(XWPFStyles styles, CTStyle style) {
        if (!styles.styleExist(style.getStyleId())) {
            add(styles, style);
        }
    }

    static void define(XWPFDocument document, String language) {
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage(language);
        styles.setDefaultFonts(fonts());
        // 9 pt at single line spacing, close to the PDF's condensed 9.5 pt: a saksframlegg reads the
        // report in its own template anyway, and the report must stay within its page limits.
        add(styles, paragraphStyle(NORMAL, "Normal", null, 18, null, false, 0, 30, null));
        add(styles, paragraphStyle(HEADING_1, "heading 1", NORMAL, 26, HEADING_COLOUR, true, 0, 60, 0));
        add(styles, paragraphStyle(HEADING_2, "heading 2", NORMAL, 24, HEADING_COLOUR, true, 100, 20, 1));
        add(styles, paragraphStyle(HEADING_3, "heading 3", NORMAL, 20, HEADING_COLOUR, true, 100, 20, 2));
        add(styles, paragraphStyle(KICKER, "Rapporttype", NORMAL, 18, MUTED_COLOUR, true, 0, 20, null));
        add(styles, paragraphStyle(NOTE, "Rapportmerknad", NORMAL, 16, MUTED_COLOUR, false, 0, 60, null));
        add(styles, keptWithNext(paragraphStyle(LEAD, "Rapportuthevet", NORMAL, 18, null, true, 80, 0, null)));
        add(styles, paragraphStyle(NOTICE, "Rapportvarsel", NORMAL, 18, NOTICE_COLOUR, true, 0, 40, null));
        add(styles, tableStyle());
    }

    /**
     * «Rapporttabell»: thin grey rules round and inside, a shaded bold header row that only tables
     * with a header row switch on (tblLook firstRow). Written as XML: the slim schema jar has no
     * classes for the conditional formatting of a table style.
     */
    private static CTStyle tableStyle() {
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE_COLOUR + "\"";
        String xml = "<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " w:type=\"table\" w:styleId=\"" + TABLE + "\">"
                + "<w:name w:val=\"" + TABLE + "\"/><w:uiPriority w:val=\"59\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:tblPr><w:tblBorders>"
                + "<w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right " + border + "/>"
                + "<w:insideH " + border + "/><w:insideV " + border + "/>"
                + "</w:tblBorders><w:tblCellMar><w:top w:w=\"20\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"20\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr>"
                + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + HEADER_FILL + "\"/></w:tcPr></w:tblStylePr>"
                + "</w:style>";
        try {
            // The w:style element becomes the style itself, not a child of it.
            return CTStyle.Factory.parse(xml, new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("The table style of the report is not valid XML", e);
        }
    }

    private static CTFonts fonts() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        return fonts;
    }

    /** A lead line belongs with the line under it. */
    private static CTStyle keptWithNext(CTStyle style) {
        style.getPPr().addNewKeepNext();
        return style;
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
        paragraph.getSpacing().setLine(BigInteger.valueOf(240));
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
