package no.baerekraftsjekk.report.portfolio;

import static no.baerekraftsjekk.report.portfolio.PortfolioExportTest.pdfText;
import static no.baerekraftsjekk.report.portfolio.PortfolioExportTest.squeeze;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.portfolio.LocalGoalCounter;
import no.baerekraftsjekk.domain.portfolio.LocalGoalRow;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.PortfolioFixtures;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.TaggedPdfAssert;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's exports in the language chosen, goal titles too, with the council's own goals and
 * the line on cases with alternatives. Read back from each file. The PDFs are also written to
 * {@code target/portfolio-ui} for a person to turn into pictures and look at.
 */
class PortfolioLanguageExportTest {
    static final List<LocalGoal> PLAN = List.of(
            new LocalGoal("KP-1", "Trygge skulevegar", "", List.of(11), List.of()),
            new LocalGoal("KP-2", "Fornybar energi i kommunale bygg", "", List.of(), List.of("7.2")),
            new LocalGoal("KP-3", "Natur og klima", "", List.of(13, 15), List.of()));

    /** Forty random cases, a case with alternatives and one that reaches KP-2 only through its picked target 7.2. */
    static Portfolio portfolio() {
        List<PortfolioEntry> entries = new ArrayList<>(PortfolioFixtures.entries(40, 11));
        entries.add(PortfolioFixtures.entry(901, Fixtures.caseWithAlternatives()));
        entries.add(PortfolioFixtures.entry(902, Fixtures.fullAssessment()
                .withGoal(GoalAssessment.screened(7, Relevance.DIRECT).withRatings(0, 2).withTargets(List.of("7.2")))));
        return new PortfolioCalculator().calculate(entries, PortfolioFilter.ALL, TrendInterval.YEAR);
    }

    private static byte[] render(Language language, Portfolio p, PortfolioFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PortfolioExporter(Texts.of(language), PLAN).export(p, format, out);
        byte[] bytes = out.toByteArray();
        Path folder = Path.of("target", "portfolio-ui");
        Files.createDirectories(folder);
        Files.write(folder.resolve("portefolje-" + language.code() + "." + format.extension()), bytes);
        return bytes;
    }

    @Test
    void theNynorskWorkbookHasNynorskGoalTitlesTheLocalGoalsAndTheAlternatives() throws Exception {
        Portfolio p = portfolio();
        Texts nn = Texts.of(Language.NN);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(Language.NN, p, PortfolioFormat.XLSX)))) {
            XSSFSheet goals = workbook.getSheet(nn.get("portfolio.sheet.goals"));
            assertThat(goals.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Reint vatn og gode sanitærforhold");
            assertThat(goals.getRow(11).getCell(1).getStringCellValue()).isEqualTo("Berekraftige byar og lokalsamfunn");

            XSSFSheet local = workbook.getSheet(nn.get("portfolio.sheet.localGoals"));
            List<LocalGoalRow> expected = LocalGoalCounter.count(PLAN, p.entries());
            assertThat(local.getTables()).hasSize(1);
            for (int i = 0; i < PLAN.size(); i++) {
                Row row = local.getRow(i + 1);
                LocalGoalRow want = expected.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(PLAN.get(i).id());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(PLAN.get(i).title());
                assertThat(List.of(row.getCell(2).getNumericCellValue(), row.getCell(3).getNumericCellValue(),
                        row.getCell(4).getNumericCellValue(), row.getCell(5).getNumericCellValue()))
                        .containsExactly((double) want.cases(), (double) want.withPositive(), (double) want.withNegative(),
                                (double) want.notRated());
            }
            // KP-2 is linked to target 7.2 only: the one case that picked it, rated negative.
            assertThat(expected.get(1).cases()).isEqualTo(1);
            assertThat(expected.get(1).withNegative()).isEqualTo(1);

            XSSFSheet summary = workbook.getSheet(nn.get("portfolio.sheet.summary"));
            assertThat(java.util.stream.StreamSupport.stream(summary.spliterator(), false).map(r -> r.getCell(0).getStringCellValue()))
                    .contains(nn.get("portfolio.alternatives.fact"));
        }
    }

    @Test
    void theNynorskWordFileHasNynorskGoalTitlesAndTheLocalGoalSection() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(render(Language.NN, portfolio(), PortfolioFormat.DOCX)))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Reint vatn og gode sanitærforhold", "Utrydde svolt", "Måla i kommuneplanen", "KP-2 Fornybar energi",
                    "Saker med alternativ");
            assertThat(text).doesNotContain("Rent vann og gode sanitærforhold", "Utrydde sult");
        }
    }

    @Test
    void theEnglishAndNynorskPdfsHaveTheirOwnGoalTitles() throws Exception {
        byte[] nnPdf = render(Language.NN, portfolio(), PortfolioFormat.PDF);
        String nn = squeeze(pdfText(nnPdf));
        assertThat(nn).contains(squeeze("Reint vatn og gode sanitærforhold"), squeeze("Måla i kommuneplanen"),
                squeeze("KP-3 Natur og klima"));
        assertThat(nn).doesNotContain(squeeze("Rent vann og gode sanitærforhold"));

        String en = squeeze(pdfText(render(Language.EN, portfolio(), PortfolioFormat.PDF)));
        assertThat(en).contains(squeeze("Clean Water and Sanitation"), squeeze("Goals of the community plan"));
        assertThat(en).doesNotContain(squeeze("Rent vann og gode sanitærforhold"));
    }

    /** The local-goal table and the translated titles keep the PDF tagged: veraPDF, as for the case report. */
    @Test
    @Tag("slow")
    void theNynorskPdfWithLocalGoalsPassesVeraPdfAsPdfUaAndPdfA2a() throws Exception {
        TaggedPdfAssert.assertPdfUaAndPdfA2a(render(Language.NN, portfolio(), PortfolioFormat.PDF));
    }

    @Test
    void withoutLocalGoalsTheExportsHaveNoSectionOnThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PortfolioExporter(Texts.of(Language.BASE)).export(portfolio(), PortfolioFormat.DOCX, out);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(new XWPFWordExtractor(document).getText()).doesNotContain("Kommuneplanens mål")
                    .contains("Rent vann og gode sanitærforhold");
        }
    }
}
