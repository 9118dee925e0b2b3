package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class WordReportWriterTest {
    private final WordReportWriter writer = new WordReportWriter(ReportFixtures.TEXTS);

    private XWPFDocument render(ReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(content, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> paragraphsWithStyle(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void everyHeadingUsesWordsBuiltInHeadingStyles() throws IOException {
        ReportContent content = ReportFixtures.fullContent();
        try (XWPFDocument document = render(content)) {
            List<String> chapters = content.blocks().stream()
                    .filter(b -> b instanceof ReportBlock.Heading h && h.level() == 1).map(b -> ((ReportBlock.Heading) b).text()).toList();
            List<String> sections = content.blocks().stream().map(b -> switch (b) {
                case ReportBlock.Heading h when h.level() == 2 -> h.text();
                case ReportBlock.GoalTile g -> g.headingText();
                case ReportBlock.EffectChart c -> c.title();
                default -> null;
            }).filter(java.util.Objects::nonNull).toList();
            assertThat(paragraphsWithStyle(document, "Heading1")).containsExactlyElementsOf(chapters);
            assertThat(paragraphsWithStyle(document, "Heading2")).containsExactlyElementsOf(sections);
            assertThat(sections).contains("1 Utrydde fattigdom", "17 Samarbeid for å nå målene");

            XWPFStyle heading1 = document.getStyles().getStyle("Heading1");
            XWPFStyle heading2 = document.getStyles().getStyle("Heading2");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading2.getName()).isEqualTo("heading 2");
            assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
        }
    }

    @Test
    void everyTextOfAFullAssessmentIsInTheDocument() throws IOException {
        ReportContent content = ReportFixtures.fullContent();
        try (XWPFDocument document = render(content); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String all = extractor.getText();
            for (String text : content.texts().toList()) {
                for (String line : text.split("\n")) {
                    assertThat(all).as("text: %s", line).contains(line);
                }
            }
        }
    }

    @Test
    void aGoalTileIsAHeadingOnTheGoalsColourInItsTextColour() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            XWPFParagraph tile = document.getParagraphs().stream().filter(p -> p.getText().equals("4 God utdanning")).findFirst().orElseThrow();
            assertThat(tile.getStyle()).isEqualTo("Heading2");
            assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) tile.getCTPPr().getShd().getFill())).isEqualTo("C5192D");
            assertThat(tile.getRuns()).allSatisfy(r -> assertThat(r.getColor()).isEqualTo("FFFFFF"));
            XWPFParagraph yellow = document.getParagraphs().stream().filter(p -> p.getText().equals("7 Ren energi til alle")).findFirst().orElseThrow();
            assertThat(yellow.getRuns()).allSatisfy(r -> assertThat(r.getColor()).isEqualTo("000000"));
        }
    }

    @Test
    void tablesRepeatTheirHeaderRowOnEveryPage() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            List<XWPFTable> dataTables = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getColor() != null).toList();
            assertThat(dataTables).hasSizeGreaterThanOrEqualTo(6);
            assertThat(dataTables).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
            XWPFTable dimensions = dataTables.getFirst();
            assertThat(dimensions.getText()).contains("Miljø og klima", "3 – stor", "1 – liten");
        }
    }

    @Test
    void theSummaryChartIsANativeChartWithTwoSolidFilledSeriesForAll17Goals() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            assertThat(document.getCharts()).hasSize(1);
            XWPFChart chart = document.getCharts().getFirst();
            var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bar.getSerList()).hasSize(2);
            assertThat(bar.getSerList()).allSatisfy(s -> assertThat(s.getSpPr().getSolidFill().getSrgbClr()).isNotNull());
            var negative = bar.getSerArray(0);
            var positive = bar.getSerArray(1);
            // The data sit in the chart itself (literals), so it draws without an embedded workbook.
            assertThat(negative.getCat().getStrLit().getPtCount().getVal()).isEqualTo(17);
            assertThat(Double.parseDouble(negative.getVal().getNumLit().getPtArray(0).getV())).isEqualTo(-2.0);
            assertThat(Double.parseDouble(positive.getVal().getNumLit().getPtArray(0).getV())).isEqualTo(2.0);
            assertThat(negative.getCat().getStrLit().getPtArray(1).getV()).isEqualTo("2 Utrydde sult (ikke relevant)");
            String body = document.getDocument().getBody().xmlText();
            assertThat(body).contains("descr=\"Søylediagram over de 17 bærekraftsmålene");
        }
    }

    @Test
    void propertiesNameTitleAuthorAndLanguage() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Bærekraftsvurdering: Ny barneskole på Nordbyhagen");
            assertThat(core.getCreator()).isEqualTo("Kari Nordmann");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("nb-NO");
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("nb-NO");
        }
    }

    @Test
    void anExemptCaseCarriesTheNoticeInTheHeaderOfEveryPageAndTheFooterCountsPages() throws IOException {
        Assessment exempt = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        try (XWPFDocument document = render(ReportFixtures.contentOf(exempt))) {
            // One default header with no title-page or even-page variant: Word prints it on every page.
            assertThat(document.getHeaderList()).hasSize(1);
            XWPFHeader header = document.getHeaderList().getFirst();
            assertThat(header.getText()).contains("Unntatt offentlighet, Offl. § 14");
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getTitlePg()).isNull();
            assertThat(section.getHeaderReferenceList()).hasSize(1);
            String footer = document.getFooterList().getFirst()._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE", "NUMPAGES", "Side ", " av ", "2026/1234 Ny barneskole på Nordbyhagen");
        }
    }

    @Test
    void theChaptersStartOnANewPageWithoutAParagraphThatCouldLeaveABlankPage() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            XWPFParagraph chapter = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("Vurdering av hvert mål")).findFirst().orElseThrow();
            assertThat(chapter.isPageBreak()).isTrue();
            assertThat(document.getParagraphs()).noneMatch(p -> p.getCTP().xmlText().contains("w:type=\"page\""));
        }
    }

    @Test
    void anOpenCaseHasNoExemptionHeader() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            assertThat(document.getHeaderList()).isEmpty();
        }
    }

    @Test
    void aJustificationOf20000CharactersIsKeptWhole() throws IOException {
        String justification = "Lang tekst med æøå. ".repeat(1000);
        Assessment full = ReportFixtures.fullAssessment();
        Assessment assessment = full.withGoal(full.goal(4).orElseThrow().withJustification(justification));
        try (XWPFDocument document = render(ReportFixtures.contentOf(assessment))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains(justification);
            List<IBodyElement> body = document.getBodyElements();
            assertThat(body).isNotEmpty();
        }
    }
}
