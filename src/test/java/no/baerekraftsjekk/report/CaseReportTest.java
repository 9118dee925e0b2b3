package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.report.ReportBlock.ComparisonChart;
import no.baerekraftsjekk.report.ReportBlock.LabelledText;
import no.baerekraftsjekk.report.ReportBlock.PageBreak;
import no.baerekraftsjekk.report.ReportBlock.Table;
import no.baerekraftsjekk.report.ReportBlock.Title;
import org.junit.jupiter.api.BeforeAll;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** The report of a case with alternatives: the comparison page first, then each alternative's own report. */
class CaseReportTest {
    private final ReportExporter exporter = ReportExporter.standard();

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theFirstPageComparesTheAlternativesAndNamesTheRecommendation() {
        ReportContent content = exporter.content(Fixtures.caseWithAlternatives());
        List<ReportBlock> firstPage = content.blocks().subList(0, content.blocks().indexOf(new PageBreak()));

        Table comparison = firstPage.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        assertThat(comparison.header()).containsExactly("Mål", "Alternativ 0: dagens skole (nullalternativet)",
                "Alternativ 1: ny sentralskole", "Alternativ 2: rehabilitering", "Forskjell");
        // Goal 4: the zero alternative harms it, the others help: both sides differ, and are never netted.
        assertThat(comparison.rows()).anySatisfy(row -> assertThat(row).containsExactly("4 God utdanning",
                "0 / −2", "0 / 0", "+1 / 0", "Ulik positiv og negativ virkning"));
        assertThat(firstPage).contains(new LabelledText("Anbefalt alternativ", "Alternativ 1: ny sentralskole"),
                new LabelledText("Begrunnelse", "Gir best skole for flest elever."));
    }

    @Test
    void eachAlternativeFollowsWithItsOwnReportUnderATitleThatNamesIt() {
        ReportContent content = exporter.content(Fixtures.caseWithAlternatives());

        assertThat(content.blocks()).filteredOn(Title.class::isInstance).extracting(b -> ((Title) b).text()).containsExactly(
                "Ny barneskole på Nordbyhagen",
                "Ny barneskole på Nordbyhagen – Alternativ 0: dagens skole (nullalternativet)",
                "Ny barneskole på Nordbyhagen – Alternativ 1: ny sentralskole",
                "Ny barneskole på Nordbyhagen – Alternativ 2: rehabilitering");
        assertThat(content.metadata().title()).contains("Ny barneskole på Nordbyhagen");
    }

    @Test
    void aCaseWithNoAlternativeChosenSaysSo() {
        Assessment unchosen = Fixtures.caseWithAlternatives().withRecommendation(new Recommendation("", ""));

        ReportContent content = exporter.content(unchosen);

        assertThat(content.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(ReportBlock.Text.class)
                .extracting(t -> ((ReportBlock.Text) t).text()).isEqualTo("Ingen av alternativene er valgt som anbefalt ennå."));
    }

    @Test
    void thePdfOfACasePassesVeraPdfAsPdfUaAndPdfA2aAndTheWordReportIsWritten() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exporter.export(Fixtures.caseWithAlternatives(), ReportFormat.PDF, pdf);
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf.toByteArray());

        ByteArrayOutputStream word = new ByteArrayOutputStream();
        exporter.export(Fixtures.caseWithAlternatives(), ReportFormat.WORD, word);
        assertThat(word.size()).isPositive();
    }

    @Test
    void theComparisonChartShowsEachAlternativesPositiveAndNegativeForEveryGoalRelevantInAny() {
        ReportContent content = exporter.content(Fixtures.caseWithAlternatives());
        List<ReportBlock> firstPage = content.blocks().subList(0, content.blocks().indexOf(new PageBreak()));

        ComparisonChart chart = firstPage.stream().filter(ComparisonChart.class::isInstance).map(ComparisonChart.class::cast)
                .findFirst().orElseThrow();
        Table table = firstPage.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
        // The chart comes first, its numbers follow as the table, goal for goal.
        assertThat(firstPage.indexOf(chart)).isLessThan(firstPage.indexOf(table));
        assertThat(chart.alternatives()).containsExactly("Alternativ 0: dagens skole (nullalternativet)",
                "Alternativ 1: ny sentralskole", "Alternativ 2: rehabilitering");
        assertThat(chart.goals()).extracting(g -> g.goal() + " " + g.title())
                .containsExactlyElementsOf(table.rows().subList(0, chart.goals().size()).stream().map(List::getFirst).toList());
        // Goal 4 never netted: the zero alternative harms it (−2), the renovation helps it (+1).
        ReportBlock.ComparedGoal education = chart.goals().stream().filter(g -> g.goal() == 4).findFirst().orElseThrow();
        assertThat(education.negative()).containsExactly(2, 0, 0);
        assertThat(education.positive()).containsExactly(0, 0, 1);
        assertThat(chart.altText()).startsWith("Diagram som sammenligner 3 alternativer")
                .contains("Alternativ 1: ny sentralskole: positiv virkning på");
    }

    @Test
    void theWordReportHoldsTheComparisonChartFirstWithItsAlternativeText() throws Exception {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        exporter.export(Fixtures.caseWithAlternatives(), ReportFormat.WORD, word);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.toByteArray()))) {
            // The comparison, then each alternative's own summary chart.
            assertThat(document.getCharts()).hasSize(4);
            var comparison = document.getCharts().getFirst();
            var series = comparison.getCTChart().getPlotArea().getBarChartArray(0).getSerList();
            assertThat(series).hasSize(2);
            // One line per goal and alternative, each named by both.
            assertThat(series.getFirst().getCat().getStrLit().getPtList())
                    .anySatisfy(pt -> assertThat(pt.getV()).isEqualTo("4 God utdanning – Alternativ 2: rehabilitering"));
            assertThat(series.getFirst().getDLbls().getNumFmt().getFormatCode()).contains("+0");
            var first = document.getDocument().selectPath(
                    "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr")[0];
            try (var cursor = first.newCursor()) {
                assertThat(cursor.getAttributeText(new javax.xml.namespace.QName("descr"))).startsWith("Diagram som sammenligner 3 alternativer");
            }
            WordAccessibilityTest.assertEveryDrawingDescribed(document);
            assertThat(document.getDocument().selectPath(
                    "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr/@id"))
                    .extracting(Object::toString).doesNotHaveDuplicates();
        }
        write("case.docx", word.toByteArray());
    }

    @Test
    void thePdfComparisonIsAFigureWithAlternativeTextBeforeTheTableAndPassesVeraPdf() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exporter.export(Fixtures.caseWithAlternatives(), ReportFormat.PDF, pdf);

        List<String> figures = figureAltTexts(pdf.toByteArray());
        // The comparison's figure first, then each alternative's summary chart.
        assertThat(figures).hasSize(4);
        assertThat(figures.getFirst()).startsWith("Diagram som sammenligner 3 alternativer")
                .contains("Alternativ 2: rehabilitering: positiv virkning på");
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf.toByteArray());
        write("case.pdf", pdf.toByteArray());
    }

    @Test
    void fiveAlternativesOnAllSeventeenGoalsStillCompareOnOnePage() throws Exception {
        List<Alternative> alternatives = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            Alternative alternative = Alternative.empty("Alternativ " + (a + 1) + ": utbygging i trinn " + (a + 1)).withZero(a == 0);
            for (int goal = 1; goal <= 17; goal++) {
                alternative = alternative.withGoal(new GoalAssessment(goal, Relevance.DIRECT, (goal + a) % 4, (goal * 2 + a) % 4,
                        Certainty.HIGH, Horizon.LONG, List.of(), "Vurdert.", ""));
            }
            alternatives.add(alternative.withConclusion("Vurdert."));
        }
        Assessment big = Fixtures.caseWithAlternatives().withAlternatives(alternatives)
                .withRecommendation(new Recommendation("Alternativ 3: utbygging i trinn 3", "Best balanse mellom mål."));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exporter.export(big, ReportFormat.PDF, pdf);
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        exporter.export(big, ReportFormat.WORD, word);
        write("five-alternatives.docx", word.toByteArray());
        write("five-alternatives.pdf", pdf.toByteArray());
        List<String> pages = TaggedPdfAssert.readPages(pdf.toByteArray());
        assertThat(pages.getFirst()).contains("Anbefalt alternativ").contains("Best balanse mellom mål.").contains("17 Samarbeid");
        assertThat(pages.get(1)).contains("Alternativ 1: utbygging i trinn 1");
        assertThat(figureAltTexts(pdf.toByteArray()).getFirst()).startsWith("Diagram som sammenligner 5 alternativer på 17 mål");
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf.toByteArray());
    }

    /** The alternative texts of the structure tree's Figures, in reading order. */
    private static List<String> figureAltTexts(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary root = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
            List<String> alts = new ArrayList<>();
            collectFigures(PdfReader.getPdfObject(root.get(PdfName.K)), alts);
            return alts;
        }
    }

    private static void collectFigures(PdfObject kid, List<String> alts) {
        if (kid instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectFigures(PdfReader.getPdfObject(array.getPdfObject(i)), alts);
            }
        } else if (kid instanceof PdfDictionary element) {
            if (PdfName.FIGURE.equals(element.getAsName(PdfName.S))) {
                alts.add(element.getAsString(PdfName.ALT).toUnicodeString());
            }
            PdfObject children = element.get(PdfName.K);
            if (children != null) {
                collectFigures(PdfReader.getPdfObject(children), alts);
            }
        }
    }

    /** Kept under target/snapshots/alt-chart/ for a person to look at. */
    private static void write(String name, byte[] bytes) throws IOException {
        Path folder = Path.of("target", "snapshots", "alt-chart");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }
}
