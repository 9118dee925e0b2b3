package no.baerekraftsjekk.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The council's Word template as the start of a report: its styles, page size, margins, header and
 * footer are kept, its body text is not. A .dotx is turned into a document (its main part's content
 * type), so Word opens the report as a document and not as a template to fill in.
 */
final class WordTemplate {
    private static final String TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private WordTemplate() {
    }

    /** A new report document made from the template; the file on disk is only read. */
    static XWPFDocument open(Path template) throws IOException {
        // Read into memory: a package opened on the file itself would be written back on close.
        byte[] bytes = Files.readAllBytes(template);
        OPCPackage opc;
        try {
            opc = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException e) {
            throw new IOException("The Word template " + template + " is not a Word document", e);
        }
        if (!opc.getPartsByContentType(TEMPLATE_TYPE).isEmpty()) {
            opc.replaceContentType(TEMPLATE_TYPE, DOCUMENT_TYPE);
        }
        XWPFDocument document = new XWPFDocument(opc);
        while (!document.getBodyElements().isEmpty()) {
            document.removeBodyElement(0);
        }
        return document;
    }

    /** The width between the margins, in twips, as the template's last section sets it; A4 with our margins when it says nothing. */
    static int textWidth(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (section == null || !section.isSetPgSz() || !section.isSetPgMar()) {
            return WordPageFrame.TEXT_WIDTH;
        }
        CTPageSz size = section.getPgSz();
        CTPageMar margins = section.getPgMar();
        long width = twips(size.getW()) - twips(margins.getLeft()) - twips(margins.getRight());
        return width > 1000 ? (int) width : WordPageFrame.TEXT_WIDTH;
    }

    private static long twips(Object value) {
        return value instanceof BigInteger big ? big.longValue() : value == null ? 0 : Long.parseLong(value.toString());
    }
}
