package no.baerekraftsjekk.report.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.PortfolioFixtures;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import no.baerekraftsjekk.report.TaggedPdfAssert;
import no.baerekraftsjekk.report.WordAccessibilityTest;

/**
 * The exports of a portfolio with an exempt case in it: the case is counted, and its title and
 * texts appear nowhere in the files (every part of the xlsx and docx packages is searched, and
 * the text of every PDF page), while an open case with the same kind of conflict is named.
 */
class PortfolioExportTest {
    static final String SECRET_TITLE = "Hemmelig tomtekjøp på Brattåsen";
    static final List<String> SECRETS = List.of(SECRET_TITLE, "HEMMELIG-2027/77", "Forhandlingsposisjon mot grunneier",
            "Prisen vi kan strekke oss til", "Kjøpet bør gjennomføres", "Miljøtekst om tomta");
    static final String OPEN_TITLE = "Ny gang- og sykkelvei langs Lia";

    private final PortfolioExporter exporter = new PortfolioExporter(no.baerekraftsjekk.domain.text.Texts.of(no.baerekraftsjekk.domain.text.Language.BASE));

    /** Random cases, an open case and an exempt case, both with an unweighed strong conflict. */
    static Portfolio portfolioWithExemptCase() {
        List<PortfolioEntry> entries = new ArrayList<>(PortfolioFixtures.entries(40, 7));
        // Random cases without unweighed strong conflicts, so the report's list of them (the 25
        // strongest) holds exactly the open case and would hold the exempt one if it were named.
        entries.removeIf(e -> e.exempt() || !e.unhandledSevereConflicts().isEmpty());
        entries.add(PortfolioFixtures.entry(1001, conflicted(OPEN_TITLE, "2027/12", null)));
        entries.add(PortfolioFixtures.entry(1002, conflicted(SECRET_TITLE, "HEMMELIG-2027/77", "Offl. § 23 første ledd")));
        return new PortfolioCalculator().calculate(entries, PortfolioFilter.ALL, TrendInterval.QUARTER);
    }

    private static Assessment conflicted(String title, String caseNumber, String exemption) {
        CaseInfo info = new CaseInfo(title, caseNumber, CaseType.PROJECT, "Lia kommune", "Kommunalteknikk", "Ola Hansen",
                LocalDate.of(2027, 3, 4), "Forhandlingsposisjon mot grunneier", exemption);
        return new Assessment(info, java.util.Map.of(), java.util.Map.of(Dimension.ENVIRONMENT, "Miljøtekst om tomta"), List.of(),
                "", "Kjøpet bør gjennomføres", Status.DRAFT)
                .withGoal(GoalAssessment.screened(11, Relevance.DIRECT).withRatings(3, 0).withJustification("Prisen vi kan strekke oss til"))
                .withGoal(GoalAssessment.screened(15, Relevance.DIRECT).withRatings(0, 3).withJustification("Prisen vi kan strekke oss til"));
    }

    @Test
    void theWorkbookCountsTheExemptCaseAndNamesItNowhere() throws Exception {
        Portfolio p = portfolioWithExemptCase();
        byte[] xlsx = render(p, PortfolioFormat.XLSX);

        String everything = packageText(xlsx);
        SECRETS.forEach(secret -> assertThat(everything).doesNotContain(secret));
        assertThat(everything).contains(OPEN_TITLE).contains("Én sak er unntatt offentlighet");
    }

    @Test
    void theWordFileHasItsHeadingsInOrderHeaderRowsMarkedAndTheChartDescribed() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(render(portfolioWithExemptCase(), PortfolioFormat.DOCX)))) {
            WordAccessibilityTest.assertAccessible(document);
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).count()).isEqualTo(1);
        }
    }

    @Test
    void theWordFileCountsTheExemptCaseAndNamesItNowhere() throws Exception {
        byte[] docx = render(portfolioWithExemptCase(), PortfolioFormat.DOCX);

        String everything = packageText(docx);
        SECRETS.forEach(secret -> assertThat(everything).doesNotContain(secret));
        assertThat(everything).contains(OPEN_TITLE).contains("Én sak er unntatt offentlighet");
    }

    @Test
    void thePdfCountsTheExemptCaseNamesItNowhereAndPassesVeraPdfAsPdfUaAndPdfA2a() throws Exception {
        byte[] pdf = render(portfolioWithExemptCase(), PortfolioFormat.PDF);

        String text = pdfText(pdf);
        SECRETS.forEach(secret -> assertThat(squeeze(text)).doesNotContain(squeeze(secret)));
        assertThat(squeeze(text)).contains(squeeze(OPEN_TITLE)).contains(squeeze("Én sak er unntatt offentlighet"));
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf);
    }

    @Test
    void theWorkbookHoldsRealTablesWithFiltersNumbersAsNumbersAndAChart() throws Exception {
        Portfolio p = portfolioWithExemptCase();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(p, PortfolioFormat.XLSX)))) {
            XSSFSheet goals = workbook.getSheet("Mål");
            assertThat(goals.getTables()).hasSize(1);
            XSSFTable table = goals.getTables().getFirst();
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:K18");
            Row goal11 = goals.getRow(11);
            assertThat(goal11.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(goal11.getCell(0).getNumericCellValue()).isEqualTo(11);
            for (int c = 2; c <= 10; c++) {
                assertThat(goal11.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat((int) goal11.getCell(4).getNumericCellValue()).isEqualTo(p.goal(11).effects().count(
                    no.baerekraftsjekk.domain.portfolio.Side.POSITIVE, 3));
            assertThat(goals.getDrawingPatriarch().getCharts()).hasSize(1);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                for (XSSFTable t : sheet.getTables()) {
                    assertThat(t.getCTTable().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                }
            }
        }
    }

    @Test
    void theWordFileUsesHeadingStylesAndHoldsTheChart() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(render(portfolioWithExemptCase(), PortfolioFormat.DOCX)))) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(para -> para.getStyle() != null && para.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("Bærekraftsportefølje", "Målene", "Per enhet");
            assertThat(document.getCharts()).hasSize(1);
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(6);
        }
    }

    private byte[] render(Portfolio p, PortfolioFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(p, format, out);
        return out.toByteArray();
    }

    /** Every part of an Office package as text, so nothing hidden in a chart cache or a property escapes the search. */
    static String packageText(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    static String pdfText(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            // As printed: running headers and footers (artifacts) are searched too.
            TaggedPdfAssert.printedPages(pdf).forEach(page -> text.append(page).append('\n'));
            reader.getInfo().values().forEach(v -> text.append(v).append('\n'));
        }
        return text.toString();
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

}
