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
    void theTitleIsOneLevelAboveTheChaptersAndNoHeadingSkipsALevel() throws IOException {
        ReportContent content = ReportFixtures.fullContent();
        try (XWPFDocument document = render(content)) {
            List<String> chapters = content.blocks().stream()
                    .filter(b -> b instanceof ReportBlock.Heading h && h.level() == 1).map(b -> ((ReportBlock.Heading) b).text()).toList();
            List<String> sections = content.blocks().stream().map(b -> switch (b) {
                case ReportBlock.Heading h when h.level() == 2 -> h.text();
                case ReportBlock.GoalTile g -> g.headingText();
                default -> null;
            }).filter(java.util.Objects::nonNull).toList();
            assertThat(paragraphsWithStyle(document, "Heading1")).containsExactly("Ny barneskole på Nordbyhagen");
            assertThat(paragraphsWithStyle(document, "Heading2")).containsExactlyElementsOf(chapters).doesNotHaveDuplicates();
            assertThat(paragraphsWithStyle(document, "Heading3")).containsExactlyElementsOf(sections);
            assertThat(sections).contains("1 Utrydde fattigdom", "17 Samarbeid for å nå målene");

            int level = 0;
            for (XWPFParagraph p : document.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    int next = Integer.parseInt(p.getStyle().substring("Heading".length()));
                    assertThat(next).as("after level %d: %s", level, p.getText()).isLessThanOrEqualTo(level + 1);
                    level = next;
                }
            }
            for (int n = 1; n <= 3; n++) {
                XWPFStyle heading = document.getStyles().getStyle("Heading" + n);
                assertThat(heading.getName()).isEqualTo("heading " + n);
                assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(n - 1);
            }
        }
    }

    @Test
    void ourOwnStylesHaveNorwegianNamesAndEveryTableUsesTheOneTableStyleWithoutBordersOfItsOwn() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            var styles = document.getStyles().getCtStyles().getStyleList();
            assertThat(styles).extracting(st -> st.getName().getVal()).contains("Rapporttype", "Rapportmerknad", "Rapportvarsel",
                    "Rapportuthevet", "Rapporttabell").allMatch(name -> name.startsWith("Rapport") || name.equals("Normal")
                    || name.startsWith("heading "));
            assertThat(document.getTables()).hasSizeGreaterThan(5).allSatisfy(t -> {
                assertThat(t.getStyleID()).isEqualTo("Rapporttabell");
                assertThat(t.getCTTbl().getTblPr().isSetTblBorders()).isFalse();
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> assertThat(c.getCTTc().getTcPr().isSetTcBorders()).isFalse()));
            });
            String styleXml = document.getStyles().getStyle("Rapporttabell").getCTStyle().xmlText();
            assertThat(styleXml).contains("tblBorders", "firstRow", "E6ECF1");
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
            assertThat(tile.getStyle()).isEqualTo("Heading3");
            assertThat(java.util.HexFormat.of().withUpperCase().formatHex((byte[]) tile.getCTPPr().getShd().getFill())).isEqualTo("C5192D");
            assertThat(tile.getRuns()).allSatisfy(r -> assertThat(r.getColor()).isEqualTo("FFFFFF"));
            XWPFParagraph yellow = document.getParagraphs().stream().filter(p -> p.getText().equals("7 Ren energi til alle")).findFirst().orElseThrow();
            assertThat(yellow.getRuns()).allSatisfy(r -> assertThat(r.getColor()).isEqualTo("000000"));
        }
    }

    @Test
    void tablesWithAHeaderRowRepeatItOnEveryPage() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            List<XWPFTable> dataTables = document.getTables().stream()
                    .filter(t -> "true".equals(String.valueOf(t.getCTTbl().getTblPr().getTblLook().getFirstRow()))
                            || "1".equals(String.valueOf(t.getCTTbl().getTblPr().getTblLook().getFirstRow()))).toList();
            assertThat(dataTables).hasSizeGreaterThanOrEqualTo(5);
            assertThat(dataTables).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
            assertThat(dataTables.getFirst().getText()).contains("Miljø og klima", "3 – stor", "1 – liten");
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
            assertThat(body).contains("descr=\"Søylediagram over de 17 bærekraftsmålene", "Størst positiv virkning: mål 1 Utrydde fattigdom (2)");
            // Each bar carries its signed level, so the chart reads without colour.
            assertThat(bar.getSerList()).allSatisfy(s -> {
                assertThat(s.getDLbls().getShowVal().getVal()).isTrue();
                assertThat(s.getDLbls().getNumFmt().getFormatCode()).startsWith("+0;");
            });
            // Low certainty (goal 3) is hatched, not told by colour alone.
            assertThat(positive.getDPtList()).anySatisfy(p -> {
                assertThat(p.getIdx().getVal()).isEqualTo(2);
                assertThat(p.getSpPr().isSetPattFill()).isTrue();
            });
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
    void noHardPageBreakTravelsWithPastedText() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            assertThat(document.getParagraphs()).noneMatch(p -> p.isPageBreak());
            assertThat(document.getDocument().getBody().xmlText()).doesNotContain("w:type=\"page\"").doesNotContain("pageBreakBefore");
        }
    }

    @Test
    void theFileDeclaresCurrentWordAndTheSectionHasItsGutter() throws IOException {
        try (XWPFDocument document = render(ReportFixtures.fullContent())) {
            String settings = document.getRelations().stream().filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFSettings)
                    .map(r -> ((org.apache.poi.xwpf.usermodel.XWPFSettings) r).getCTSettings().xmlText()).findFirst().orElseThrow();
            assertThat(settings).contains("w:name=\"compatibilityMode\"", "w:val=\"15\"");
            assertThat(document.getDocument().getBody().getSectPr().getPgMar().getGutter()).isNotNull();
        }
    }

    @Test
    void theExemptionLineIsInTheBodyAndADraftSaysUtkastInTheHeader() throws IOException {
        Assessment exemptDraft = ReportFixtures.exempt(ReportFixtures.partialAssessment());
        try (XWPFDocument document = render(ReportFixtures.contentOf(exemptDraft))) {
            assertThat(paragraphsWithStyle(document, "Rapportvarsel")).containsExactly("Unntatt offentlighet, Offl. § 14");
            assertThat(document.getHeaderList()).hasSize(1);
            assertThat(document.getHeaderList().getFirst().getText()).contains("UTKAST", "Unntatt offentlighet, Offl. § 14");
        }
    }

    @Test
    void theFooterShortensALongTitleAsThePdfDoes() throws IOException {
        Assessment worst = ReportFixtures.worstCase();
        try (XWPFDocument document = render(ReportExporter.standard().content(worst))) {
            String footer = document.getFooterList().getFirst().getText();
            assertThat(footer).contains("2026/99999 Regional plan", "…").doesNotContain(worst.caseInfo().title());
        }
    }

    @Test
    void thePropertiesCarryCaseNumberOrganisationExemptionAndBasisForTheArchive() throws IOException {
        Assessment exempt = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        try (XWPFDocument document = render(ReportFixtures.contentOf(exempt))) {
            var custom = document.getProperties().getCustomProperties();
            assertThat(custom.getProperty("Saksnummer").getLpwstr()).isEqualTo("2026/1234");
            assertThat(custom.getProperty("Organisasjon").getLpwstr()).isEqualTo("Eksempel kommune, Kommunalteknikk");
            assertThat(custom.getProperty("Skjerming").getLpwstr()).isEqualTo("Unntatt offentlighet, Offl. § 14");
            assertThat(custom.getProperty("Hjemmel").getLpwstr()).isEqualTo("Offl. § 14");
            assertThat(document.getProperties().getCoreProperties().getKeywords()).contains("2026/1234", "Offl. § 14");
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
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Begrunnelse: " + justification.strip());
            List<IBodyElement> body = document.getBodyElements();
            assertThat(body).isNotEmpty();
        }
    }
}
