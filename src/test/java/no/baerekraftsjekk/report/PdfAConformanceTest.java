package no.baerekraftsjekk.report;

import java.io.ByteArrayOutputStream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The archive takes PDF/A-2a, and universal design asks PDF/UA-1: veraPDF, the reference validator, must find no failed rule. */
class PdfAConformanceTest {

    @Test
    void aFullExemptReportWithUnusualCharactersPassesVeraPdfAsPdfA2aAndPdfUa1() throws Exception {
        Assessment full = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        Assessment assessment = full.withGoal(full.goal(3).orElseThrow()
                .withJustification("Emoji 😀, æøå, " + "lang tekst ".repeat(2000)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ReportFixtures.TEXTS).write(ReportFixtures.contentOf(assessment), out);
        TaggedPdfAssert.assertPdfUaAndPdfA2a(out.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vindkraft-omrade.bkj", "elbusser-anskaffelse.bkj"})
    void theShippedExamplesExportedThroughTheRealRulesPassVeraPdf(String example) throws Exception {
        byte[] file = PdfAConformanceTest.class.getResourceAsStream("/examples/" + example).readAllBytes();
        Assessment assessment = new BkjReader().read(file).assessment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.standard().export(assessment, ReportFormat.PDF, out);
        TaggedPdfAssert.assertPdfUaAndPdfA2a(out.toByteArray());
    }
}
