package no.baerekraftsjekk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Makes the Word template of the example profile ("Eksempel kommune"), shipped under
 * {@code src/main/resources/profile/eksempel/mal.dotx}. Run by hand when the template should change:
 * {@code java -cp target/classes:target/test-classes:target/lib/* no.baerekraftsjekk.report.ExampleProfileMaker}
 * (or from the IDE), from the project folder. The template is what a council's IT would make in
 * Word: its own fonts and colours, headings with Norwegian Word's style ids (Overskrift1 …, named
 * "heading 1" …), a wider left margin for binding, and a header and a footer of its own.
 */
public final class ExampleProfileMaker {
    static final String TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    static final String DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String GREEN = "0F5132";

    private ExampleProfileMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/profile/eksempel");
        try (OutputStream out = Files.newOutputStream(folder.resolve("mal.dotx"))) {
            template(out);
        }
        System.out.println("Wrote " + folder.resolve("mal.dotx"));
    }

    static void template(OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            styles.setSpellingLanguage("nb-NO");
            styles.setDefaultFonts(fonts("Arial"));
            styles.addStyle(new XWPFStyle(style("Normal", "Normal", null, "Arial", 21, null, false, 0, 120, null), styles));
            styles.addStyle(new XWPFStyle(style("Overskrift1", "heading 1", "Normal", "Times New Roman", 36, GREEN, true, 240, 120, 0), styles));
            styles.addStyle(new XWPFStyle(style("Overskrift2", "heading 2", "Normal", "Times New Roman", 28, GREEN, true, 240, 80, 1), styles));
            styles.addStyle(new XWPFStyle(style("Overskrift3", "heading 3", "Normal", "Times New Roman", 24, GREEN, false, 160, 60, 2), styles));

            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1418));
            margins.setBottom(BigInteger.valueOf(1247));
            margins.setLeft(BigInteger.valueOf(1701));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setHeader(BigInteger.valueOf(709));
            margins.setFooter(BigInteger.valueOf(567));
            margins.setGutter(BigInteger.ZERO);

            XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            header.setAlignment(ParagraphAlignment.RIGHT);
            small(header, "Eksempel kommune · saksdokument");
            XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            small(footer, "Eksempel kommune · Rådhusgata 1 · 1234 Eksempelby · postmottak@eksempel.kommune.no");

            document.createParagraph().setStyle("Normal");
            document.getPackage().replaceContentType(DOCUMENT_TYPE, TEMPLATE_TYPE);
            document.write(out);
        }
    }

    private static void small(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontSize(8);
        run.setColor(GREEN);
        run.setText(text);
    }

    private static CTFonts fonts(String name) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(name);
        fonts.setHAnsi(name);
        fonts.setCs(name);
        return fonts;
    }

    private static CTStyle style(String id, String name, String basedOn, String font, int halfPoints, String colour,
                                 boolean bold, int before, int after, Integer outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
        if (outline != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewRFonts().set(fonts(font));
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
