package no.baerekraftsjekk.report;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The A4 page of a Word report and what every page carries: "UTKAST" for a draft and the exemption
 * notice when the case is exempt in the header, and case number, title and "Side n av m" (Word
 * fields) in the footer. Also declares the file as made for current Word.
 */
final class WordPageFrame {
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    /** About what fits beside "Side n av m" in the footer's small type. */
    static final int FOOTER_CHARACTERS = 95;

    private WordPageFrame() {
    }

    static void apply(XWPFDocument document, ReportMetadata metadata, ReportLabels labels) {
        apply(document, metadata, labels, false);
    }

    /**
     * @param templated the document is the council's template: its page size, margins and footer
     *     stay; the draft and exemption notices are added to its header, for they must be on every page
     */
    static void apply(XWPFDocument document, ReportMetadata metadata, ReportLabels labels, boolean templated) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        if (!templated) {
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_WIDTH));
            size.setH(BigInteger.valueOf(A4_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN));
            margins.setBottom(BigInteger.valueOf(MARGIN));
            margins.setLeft(BigInteger.valueOf(MARGIN));
            margins.setRight(BigInteger.valueOf(MARGIN));
            margins.setHeader(BigInteger.valueOf(600));
            margins.setFooter(BigInteger.valueOf(600));
            // The schema requires the gutter; without it strict validators reject the section.
            margins.setGutter(BigInteger.ZERO);
        }
        declareCurrentWord(document);
        int width = templated ? WordTemplate.textWidth(document) : TEXT_WIDTH;

        if (metadata.exemptionNotice().isPresent() || metadata.draftNotice().isPresent()) {
            // A template's own header is kept; the notices go under what it holds.
            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            notices(header.createParagraph(), metadata, width);
        }
        if (templated && hasOwn(document, HeaderFooterType.DEFAULT)) {
            return;
        }
        footerLine(document.createFooter(HeaderFooterType.DEFAULT).createParagraph(), metadata, labels, width);
    }

    /** Whether the template brought a footer of that type (its own page numbers, address line …). */
    static boolean hasOwn(XWPFDocument document, HeaderFooterType type) {
        var policy = document.getHeaderFooterPolicy();
        if (policy == null) {
            return false;
        }
        return switch (type) {
            case DEFAULT -> policy.getDefaultFooter() != null;
            case FIRST -> policy.getFirstPageFooter() != null;
            case EVEN -> policy.getEvenPageFooter() != null;
        };
    }

    /** "UTKAST" at the left and the exemption notice at the right of a header line. */
    static void notices(XWPFParagraph p, ReportMetadata metadata, int width) {
        CTTabStop right = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(width));
        metadata.draftNotice().ifPresent(draft -> {
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setFontSize(11);
            run.setText(draft);
        });
        metadata.exemptionNotice().ifPresent(notice -> {
            p.createRun().addTab();
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setColor(WordStyles.NOTICE_COLOUR);
            run.setFontSize(10);
            run.setText(notice);
        });
    }

    /** Case number and title at the left, "Side n av m" at the right. */
    static void footerLine(XWPFParagraph p, ReportMetadata metadata, ReportLabels labels, int width) {
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(width));
        small(p, shortened(metadata.footerCaption()));
        p.createRun().addTab();
        // "Side {0} av {1}": the two numbers are Word fields, so they stay right however the text flows.
        String[] parts = labels.text("footer", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
        small(p, parts[0]);
        field(p, "PAGE");
        small(p, parts[1]);
        field(p, "NUMPAGES");
        small(p, parts[2]);
    }

    /** The caption on one line, as in the PDF: a long title is cut with an ellipsis; page 1 has it in full. */
    static String shortened(String caption) {
        if (caption.length() <= FOOTER_CHARACTERS) {
            return caption;
        }
        int cut = FOOTER_CHARACTERS - 1;
        if (Character.isLowSurrogate(caption.charAt(cut))) {
            cut--;
        }
        return caption.substring(0, cut).strip() + "…";
    }

    /**
     * Tells Word the file is made for its current version (compatibility mode 15). Without it Word
     * opens the report in compatibility mode. Written as XML: the slim schema jar lacks the classes.
     */
    private static void declareCurrentWord(XWPFDocument document) {
        CTSettings settings = settingsOf(document);
        if (settings.isSetCompat()) {
            // A template says for itself which Word it is made for; a second compat element is invalid.
            return;
        }
        try (XmlCursor cursor = settings.newCursor()) {
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            // compat comes before these in the schema's sequence; POI may have written some of them.
            java.util.Set<String> after = java.util.Set.of("docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                    "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");
            boolean placed = false;
            if (cursor.toFirstChild()) {
                do {
                    if (after.contains(cursor.getName().getLocalPart())) {
                        placed = true;
                        break;
                    }
                } while (cursor.toNextSibling());
            }
            if (!placed) {
                cursor.toParent();
                cursor.toEndToken();
            }
            cursor.beginElement(new QName(w, "compat", "w"));
            cursor.beginElement(new QName(w, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(w, "val", "w"), "15");
        }
    }

    private static CTSettings settingsOf(XWPFDocument document) {
        for (var part : document.getRelations()) {
            if (part instanceof XWPFSettings settings) {
                return settings.getCTSettings();
            }
        }
        throw new IllegalStateException("A new Word document has no settings part");
    }

    private static void small(XWPFParagraph p, String text) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = p.createRun();
        run.setFontSize(8.5);
        run.setColor(WordStyles.MUTED_COLOUR);
        run.setText(text);
    }

    private static void field(XWPFParagraph p, String instruction) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        XWPFRun placeholder = new XWPFRun(field.addNewR(), p);
        placeholder.setFontSize(8.5);
        placeholder.setColor(WordStyles.MUTED_COLOUR);
        placeholder.setText("1");
    }
}
