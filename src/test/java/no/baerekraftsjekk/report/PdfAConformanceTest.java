package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The archive accepts PDF/A-1b: veraPDF, the reference validator, must find no failed rule. */
class PdfAConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aFullExemptReportWithUnusualCharactersPassesVeraPdfAsPdfA1b() throws Exception {
        Assessment full = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        Assessment assessment = full.withGoal(full.goal(3).orElseThrow()
                .withJustification("Emoji 😀, æøå, " + "lang tekst ".repeat(2000)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(ReportFixtures.TEXTS).write(ReportFixtures.contentOf(assessment), out);
        assertPdfA1b(out.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vindkraft-omrade.bkj", "elbusser-anskaffelse.bkj"})
    void theShippedExamplesExportedThroughTheRealRulesPassVeraPdf(String example) throws Exception {
        byte[] file = PdfAConformanceTest.class.getResourceAsStream("/examples/" + example).readAllBytes();
        Assessment assessment = new BkjReader().read(file).assessment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.standard().export(assessment, ReportFormat.PDF, out);
        assertPdfA1b(out.toByteArray());
    }

    /** Shared with {@link ReportLanguageTest}, which checks the report in each language the same way. */
    static void assertPdfA1b(byte[] pdf) throws Exception {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_1_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            result = validator.validate(parser);
        }
        String failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
        assertThat(result.getFailedChecks()).as(failures).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }
}
