package no.baerekraftsjekk.report;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The A4 page of a Word report and what every page carries: the exemption notice in the header when
 * the case is exempt, and case number, title and "Side n av m" (Word fields) in the footer.
 */
final class WordPageFrame {
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1247;
    static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;

    private WordPageFrame() {
    }

    static void apply(XWPFDocument document, ReportMetadata metadata, ReportLabels labels) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN + 100));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(600));
        margins.setFooter(BigInteger.valueOf(600));

        metadata.exemptionNotice().ifPresent(notice -> {
            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setColor("A01010");
            run.setFontSize(10);
            run.setText(notice);
        });

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        small(p, metadata.footerCaption());
        p.createRun().addTab();
        // "Side {0} av {1}": the two numbers are Word fields, so they stay right however the text flows.
        String[] parts = labels.text("footer", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
        small(p, parts[0]);
        field(p, "PAGE");
        small(p, parts[1]);
        field(p, "NUMPAGES");
        small(p, parts[2]);
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
