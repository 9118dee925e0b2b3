package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;

/**
 * As long as its readers need and no longer: «Full» at most 6 pages for the shipped examples and 15
 * for the worst case; «Kort» 1 to 3 pages. Through the real rules, as the program exports them.
 * The same limits for the Word report, and page 1 on one page there too, are asserted through
 * LibreOffice in {@link WordInLibreOfficeTest} (tagged slow: it needs soffice).
 */
class ReportLengthTest {
    private static ReportExporter exporter;

    @BeforeAll
    static void createExporter() {
        exporter = ReportExporter.standard();
    }

    static Stream<Arguments> examples() throws Exception {
        return ReportRendering.shippedExamples().stream().map(e -> Arguments.of(e.name(), e.assessment()));
    }

    static int pages(Assessment assessment, ReportVariant variant) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(assessment, ReportFormat.PDF, variant, out);
        try (PdfReader reader = new PdfReader(out.toByteArray())) {
            return reader.getNumberOfPages();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aShippedExampleIsAtMostSixPagesFullAndOneToThreeShort(String name, Assessment assessment) throws Exception {
        assertThat(pages(assessment, ReportVariant.FULL)).as(name).isBetween(2, 6);
        assertThat(pages(assessment, ReportVariant.SHORT)).as(name).isBetween(1, 3);
    }

    @Test
    void theWorstCaseIsAtMostFifteenPagesFullAndThreeShort() throws Exception {
        Assessment worst = ReportFixtures.worstCase();
        assertThat(pages(worst, ReportVariant.FULL)).isLessThanOrEqualTo(15);
        assertThat(pages(worst, ReportVariant.SHORT)).isBetween(1, 3);
    }

    @Test
    void anAssessmentWithNothingInItIsShortInBothVariants() throws Exception {
        Assessment bare = Assessment.newDraft("Tom sak");
        assertThat(pages(bare, ReportVariant.SHORT)).isEqualTo(1);
        assertThat(pages(bare, ReportVariant.FULL)).isLessThanOrEqualTo(3);
    }
}
