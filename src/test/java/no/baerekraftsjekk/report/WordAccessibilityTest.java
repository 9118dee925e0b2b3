package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Language;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Word report read back as a screen reader's user meets it: headings in order from Overskrift 1
 * in the built-in styles, every table's header row marked as such and repeated, alternative text
 * on every chart and picture, the language set, and the chart readable without its colours.
 */
public class WordAccessibilityTest {
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static Stream<Arguments> reports() {
        List<Arguments> cases = new ArrayList<>();
        for (Language language : List.of(Language.NB, Language.NN, Language.EN)) {
            for (ReportVariant variant : ReportVariant.values()) {
                cases.add(Arguments.of(language + "-" + variant, ReportFixtures.exempt(ReportFixtures.fullAssessment()), language, variant));
            }
            cases.add(Arguments.of(language + "-worst", ReportFixtures.worstCase(), language, ReportVariant.FULL));
        }
        cases.add(Arguments.of("empty draft", Assessment.newDraft("Tom sak"), Language.NB, ReportVariant.FULL));
        return cases.stream();
    }

    static XWPFDocument word(Assessment assessment, Language language, ReportVariant variant) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfUaConformanceTest.exporter(language).export(assessment, ReportFormat.WORD, variant, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theWordReportIsAccessible(String name, Assessment assessment, Language language, ReportVariant variant) throws Exception {
        try (XWPFDocument document = word(assessment, language, variant)) {
            assertAccessible(document);
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo(language.locale().toLanguageTag());
        }
    }

    /** Shared with the portfolio's export test: what every Word file we write must satisfy. */
    public static void assertAccessible(XWPFDocument document) {
        assertHeadingsInOrder(document);
        assertHeaderRowsMarked(document);
        assertEveryDrawingDescribed(document);
        assertChartsReadWithoutColour(document);
    }

    /** Built-in heading styles only, the first Heading1, and never a level skipped on the way down. */
    static void assertHeadingsInOrder(XWPFDocument document) {
        int level = 0;
        for (XWPFParagraph p : document.getParagraphs()) {
            String style = p.getStyle();
            if (style != null && style.matches("Heading\\d")) {
                int next = Integer.parseInt(style.substring("Heading".length()));
                assertThat(next).as("%s after Heading%d: %s", style, level, p.getText()).isLessThanOrEqualTo(level + 1);
                level = next;
                assertThat(document.getStyles().getStyle(style).getName()).isEqualTo("heading " + next);
            }
        }
        assertThat(level).as("the document has headings").isPositive();
    }

    /** A table whose style shows a header row marks that row as a header repeated on every page, and no other. */
    static void assertHeaderRowsMarked(XWPFDocument document) {
        List<XWPFTable> withHeader = document.getTables().stream()
                .filter(t -> t.getCTTbl().getTblPr().isSetTblLook()
                        && List.of("1", "true", "on").contains(String.valueOf(t.getCTTbl().getTblPr().getTblLook().getFirstRow())))
                .toList();
        assertThat(withHeader).isNotEmpty();
        for (XWPFTable table : withHeader) {
            assertThat(table.getRow(0).isRepeatHeader()).as("header row of table %s", table.getText()).isTrue();
            assertThat(table.getRows().subList(1, table.getRows().size())).noneMatch(r -> r.isRepeatHeader());
        }
    }

    /** Every drawing (chart or picture) in the body, the headers and the footers has a real alternative text. */
    static void assertEveryDrawingDescribed(XWPFDocument document) {
        List<XmlObject> parts = new ArrayList<>();
        parts.add(document.getDocument());
        document.getHeaderList().forEach(h -> parts.add(h._getHdrFtr()));
        document.getFooterList().forEach(f -> parts.add(f._getHdrFtr()));
        int drawings = 0;
        for (XmlObject part : parts) {
            for (XmlObject docPr : part.selectPath("declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' .//wp:docPr")) {
                drawings++;
                try (XmlCursor cursor = docPr.newCursor()) {
                    assertThat(cursor.getAttributeText(new javax.xml.namespace.QName("descr"))).as("alternative text").hasSizeGreaterThan(20);
                }
            }
        }
        assertThat(drawings).isEqualTo(document.getCharts().size() + document.getAllPictures().size());
    }

    /** Each effect chart names its two series in a legend and writes a signed number at every bar. */
    static void assertChartsReadWithoutColour(XWPFDocument document) {
        for (var chart : document.getCharts()) {
            assertThat(chart.getCTChart().isSetLegend()).isTrue();
            for (var bar : chart.getCTChart().getPlotArea().getBarChartList()) {
                assertThat(bar.getSerList()).allSatisfy(s -> {
                    assertThat(s.getTx().getStrRef() != null || s.getTx().isSetV()).isTrue();
                    assertThat(s.getDLbls().getShowVal().getVal()).isTrue();
                    assertThat(s.getDLbls().getNumFmt().getFormatCode()).startsWith("+0;\"\u2212\"0");
                });
            }
        }
    }
}
