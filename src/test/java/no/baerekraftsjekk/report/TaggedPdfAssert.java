package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference validator, on a report: PDF/UA-1 (universal design) and PDF/A-2a (the
 * archive, tagged), each with no failed rule. Shared by every test that makes a PDF report.
 */
public final class TaggedPdfAssert {
    private TaggedPdfAssert() {
    }

    public static void assertPdfUaAndPdfA2a(byte[] pdf) throws Exception {
        assertPasses(pdf, PDFAFlavour.PDFUA_1);
        assertPasses(pdf, PDFAFlavour.PDFA_2_A);
    }

    /** The failed rules, one line each with clause, test number and message; empty when the file passes. */
    public static String failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            result = validator.validate(parser);
        }
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> flavour + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                        + " [" + a.getLocation().getContext() + "]")
                .distinct().limit(40).collect(Collectors.joining("\n"));
    }

    /**
     * The text of every page as it is printed, running headers and footers included. OpenPDF's text
     * extractor skips artifacts, as a screen reader does; renaming them in a copy of each page's
     * content lets a test see what a reader of the paper sees.
     */
    public static List<String> printedPages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
                reader.setPageContent(page, content.replace("/Artifact", "/Span").getBytes(StandardCharsets.ISO_8859_1));
            }
            return pages(reader);
        }
    }

    /** The text of every page as assistive technology reads it: the tagged content, no artifacts. */
    public static List<String> readPages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return pages(reader);
        }
    }

    private static List<String> pages(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(extractor.getTextFromPage(page));
        }
        return pages;
    }

    private static void assertPasses(byte[] pdf, PDFAFlavour flavour) throws Exception {
        assertThat(failures(pdf, flavour)).as(flavour.toString()).isEmpty();
    }
}
