package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;

/** A title with U+FFFE or U+FFFF still gives well-formed metadata in both formats (issue 23). */
class ReportMetadataXmlTest {
    private static final Assessment HOSTILE = Fixtures.fullAssessment().withCaseInfo(
            Fixtures.fullAssessment().caseInfo().withTitle("Skole\uFFFE og \uFFFFhall"));

    private static byte[] export(ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.standard().export(HOSTILE, format, out);
        return out.toByteArray();
    }

    private static void assertWellFormed(byte[] xml) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getTextContent()).contains("Skole og hall");
    }

    @Test
    void wordCorePropertiesAreWellFormed() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export(ReportFormat.WORD)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("docProps/core.xml")) {
                    assertWellFormed(zip.readAllBytes());
                    return;
                }
            }
        }
        throw new AssertionError("no docProps/core.xml");
    }

    @Test
    void pdfXmpMetadataIsWellFormed() throws Exception {
        PdfReader reader = new PdfReader(export(ReportFormat.PDF));
        try {
            assertWellFormed(reader.getMetadata());
        } finally {
            reader.close();
        }
    }
}
