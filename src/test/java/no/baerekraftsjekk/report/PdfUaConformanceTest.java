package no.baerekraftsjekk.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.Test;

class PdfUaConformanceTest {

    @Test
    void aFullReportIsTaggedPdfUaAndPdfA2a() throws Exception {
        Assessment assessment = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ReportFixtures.TEXTS).write(ReportFixtures.contentOf(assessment), out);
        Files.createDirectories(Path.of("target/snapshots/pdf-ua"));
        Files.write(Path.of("target/snapshots/pdf-ua/full.pdf"), out.toByteArray());
        TaggedPdfAssert.assertPdfUaAndPdfA2a(out.toByteArray());
    }
}
