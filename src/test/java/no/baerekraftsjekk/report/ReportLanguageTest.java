package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** A report in each language says so to Word, to PDF readers and in its suggested file name. */
class ReportLanguageTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static ReportExporter exporter(Language language) {
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();
        return new ReportExporter(analyzer, new ReportGuidance(ReferenceTexts.load(language), analyzer.mapping()),
                Texts.of(language));
    }

    private static byte[] export(Language language, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter(language).export(ReportFixtures.fullAssessment(), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"NB, nb-NO", "NN, nn-NO", "EN, en-GB"})
    void theWordDocumentIsMarkedWithTheReportsLanguage(Language language, String tag) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export(language, ReportFormat.WORD)))) {
            assertThat(document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .contains(tag);
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo(tag);
        }
    }

    /**
     * The same assessment's PDF in each language carries /Lang and is still PDF/A-2a and PDF/UA-1 in veraPDF: the
     * translated texts bring other letters and longer words, which must not break the archive format.
     */
    @ParameterizedTest
    @CsvSource({"NB, nb-NO", "NN, nn-NO", "EN, en-GB"})
    void thePdfCarriesTheReportsLanguageInLangAndPassesVeraPdf(Language language, String tag) throws Exception {
        byte[] pdf = export(language, ReportFormat.PDF);
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfString lang = (PdfString) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.LANG));
            assertThat(lang.toUnicodeString()).isEqualTo(tag);
        }
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf);
    }

    @ParameterizedTest
    @CsvSource({"NB, baerekraftsvurdering", "NN, berekraftsvurdering"})
    void theSuggestedFileNameIsInTheReportsLanguage(Language language, String suffix) {
        Assessment assessment = ReportFixtures.fullAssessment();
        assertThat(ReportFileName.suggest(assessment.caseInfo(), ReportFormat.PDF, Texts.of(language)))
                .isEqualTo("2026-1234 Ny barneskole på Nordbyhagen - " + suffix + ".pdf");
    }

    @org.junit.jupiter.api.Test
    void aNynorskReportSpeaksNynorsk() throws IOException {
        String text = String.join("\n", PdfReportWriterTest.pages(export(Language.NN, ReportFormat.PDF)));
        assertThat(text).contains("Vurdering av kvart mål").contains("Side 1 av").doesNotContain("Vurdering av hvert mål");
    }
}
