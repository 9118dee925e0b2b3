package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Every PDF report is a tagged PDF that passes veraPDF's PDF/UA-1 and PDF/A-2a profiles with no
 * failed rule, and its structure is what a screen reader needs: headings in order, header cells
 * with their scope, the chart a Figure with its alternative text, running heads as artifacts.
 * The shipped examples in every language and variant, and hostile cases, go through veraPDF.
 */
class PdfUaConformanceTest {
    private static final Path SNAPSHOTS = Path.of("target/snapshots/pdf-ua");

    static ReportExporter exporter(Language language) {
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();
        return new ReportExporter(analyzer, new ReportGuidance(ReferenceTexts.load(language), analyzer.mapping()), Texts.of(language));
    }

    static byte[] pdf(Assessment assessment, Language language, ReportVariant variant) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter(language).export(assessment, ReportFormat.PDF, variant, out);
        return out.toByteArray();
    }

    /** Exempt, with texts far longer than a page in a paragraph, in a table cell and in a conflict's handling. */
    static Assessment hostile() {
        String huge = "Svært lang tekst om virkningen, med tall og kilder. ".repeat(450);
        Assessment full = ReportFixtures.exempt(ReportFixtures.fullAssessment());
        return full.withGoal(full.goal(2).orElseThrow().withJustification(huge))
                .withGoal(full.goal(3).orElseThrow().withJustification("Emoji 😀, æøå, " + huge))
                .withHandling(ConflictHandling.of(List.of(4, 15), huge, huge));
    }

    static Stream<Arguments> reports() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (ReportRendering.Example example : ReportRendering.shippedExamples()) {
            for (ReportVariant variant : ReportVariant.values()) {
                cases.add(Arguments.of(example.name() + "-" + variant.code(), example.assessment(), Language.NB, variant));
            }
        }
        for (Language language : List.of(Language.NB, Language.NN, Language.EN)) {
            cases.add(Arguments.of("worst-case-" + language, ReportFixtures.worstCase(), language, ReportVariant.FULL));
            cases.add(Arguments.of("hostile-" + language, hostile(), language, ReportVariant.FULL));
        }
        cases.add(Arguments.of("empty-draft", Assessment.newDraft("Tom sak"), Language.NB, ReportVariant.FULL));
        cases.add(Arguments.of("exempt-short", ReportFixtures.exempt(ReportFixtures.fullAssessment()), Language.NB, ReportVariant.SHORT));
        return cases.stream();
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyReportPassesVeraPdfAsPdfUa1AndPdfA2a(String name, Assessment assessment, Language language, ReportVariant variant)
            throws Exception {
        byte[] pdf = pdf(assessment, language, variant);
        Files.createDirectories(SNAPSHOTS);
        Files.write(SNAPSHOTS.resolve(name + ".pdf"), pdf);
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf);
        assertStructure(pdf);
    }

    @Test
    void aHostileReportPassesVeraPdfAndKeepsEveryWordOfItsLongestTextsTagged() throws Exception {
        Assessment hostile = hostile();
        byte[] pdf = pdf(hostile, Language.NB, ReportVariant.FULL);
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf);
        assertStructure(pdf);
        // The justification of a goal judged not relevant stands in a table cell taller than a page:
        // all of it is read out, over the pages it runs across.
        String read = String.join("", TaggedPdfAssert.readPages(pdf)).replaceAll("\\s+", "");
        String huge = hostile.goal(2).orElseThrow().justification().replaceAll("\\s+", "");
        assertThat(read).contains(huge);
        // Its table's header row is printed again above each continuation, but read out once.
        String printed = String.join("", TaggedPdfAssert.printedPages(pdf)).replaceAll("\\s+", "");
        assertThat(occurrences(printed, "MålHvorforikkerelevant")).isGreaterThanOrEqualTo(4);
        assertThat(occurrences(read, "MålHvorforikkerelevant")).isEqualTo(1);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void runningHeadsAndPageNumbersAreArtifactsThatAScreenReaderSkips() throws Exception {
        byte[] pdf = pdf(ReportFixtures.exempt(ReportFixtures.fullAssessment()), Language.NB, ReportVariant.FULL);
        List<String> printed = TaggedPdfAssert.printedPages(pdf);
        List<String> read = TaggedPdfAssert.readPages(pdf);
        assertThat(printed.get(1)).contains("Side 2 av").contains("Unntatt offentlighet");
        assertThat(read.get(1)).doesNotContain("Side 2 av").doesNotContain("Unntatt offentlighet");
    }

    @Test
    void theDocumentDeclaresItsTitleLanguageAndConformance() throws Exception {
        byte[] pdf = pdf(ReportFixtures.fullAssessment(), Language.EN, ReportVariant.FULL);
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary catalog = reader.getCatalog();
            assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE)).hasToString("true");
            assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED)).hasToString("true");
            assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en-GB");
            assertThat(reader.getInfo().get("Title")).isNotBlank();
            String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>").contains("<pdfaid:part>2</pdfaid:part>")
                    .contains("<pdfaid:conformance>A</pdfaid:conformance>").contains("<dc:title>");
        }
    }

    @Test
    void theChartIsAFigureWithItsAlternativeTextFollowedByATableOfItsNumbers() throws Exception {
        Assessment assessment = ReportFixtures.fullAssessment();
        byte[] pdf = pdf(assessment, Language.NB, ReportVariant.FULL);
        try (PdfReader reader = new PdfReader(pdf)) {
            List<PdfDictionary> elements = new ArrayList<>();
            collect(reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT), elements);
            List<String> types = elements.stream().map(e -> e.getAsName(PdfName.S).toString().substring(1)).toList();
            int figure = types.indexOf("Figure");
            assertThat(elements.get(figure).getAsString(PdfName.ALT).toUnicodeString()).startsWith("Søylediagram over de 17 bærekraftsmålene");
            // Figure, Table, then a header row of three cells and a row for each of the 17 goals.
            assertThat(types.get(figure + 1)).isEqualTo("Table");
            assertThat(types.subList(figure + 2, figure + 6)).containsExactly("TR", "TH", "TH", "TH");
            long rows = types.subList(figure + 2, types.size()).stream().takeWhile(t -> List.of("TR", "TH", "TD").contains(t))
                    .filter("TR"::equals).count();
            assertThat(rows).isEqualTo(18);
            PdfDictionary firstGoal = elements.get(figure + 7);
            assertThat(firstGoal.getAsName(PdfName.S)).hasToString("/TH");
            assertThat(firstGoal.getAsDict(PdfName.A).get(new PdfName("Scope"))).hasToString("/Row");
        }
    }

    /**
     * Headings start at H1 and never skip a level; each TH says what it heads; each Figure has an
     * alternative text; tables hold rows and rows hold cells.
     */
    static void assertStructure(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary root = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
            List<PdfDictionary> elements = new ArrayList<>();
            collect(root, elements);
            List<String> types = elements.stream().map(e -> e.getAsName(PdfName.S).toString().substring(1)).toList();
            assertThat(types).first().isEqualTo("Document");
            int level = 0;
            for (String type : types) {
                if (type.matches("H[1-6]")) {
                    int next = type.charAt(1) - '0';
                    assertThat(next).as("heading after H%d", level).isLessThanOrEqualTo(level + 1);
                    level = next;
                }
            }
            assertThat(types).contains("H1", "P");
            for (PdfDictionary element : elements) {
                String type = element.getAsName(PdfName.S).toString().substring(1);
                if (type.equals("TH")) {
                    assertThat(element.getAsDict(PdfName.A).get(new PdfName("Scope"))).isNotNull();
                }
                if (type.equals("Figure")) {
                    assertThat(element.getAsString(PdfName.ALT).toUnicodeString()).hasSizeGreaterThan(20);
                }
                if (type.equals("TH") || type.equals("TD")) {
                    assertThat(((PdfDictionary) PdfReader.getPdfObject(element.get(PdfName.P))).getAsName(PdfName.S)).hasToString("/TR");
                }
            }
        }
    }

    private static void collect(PdfDictionary node, List<PdfDictionary> into) {
        PdfObject kids = PdfReader.getPdfObject(node.get(PdfName.K));
        List<PdfObject> list = new ArrayList<>();
        if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(PdfReader.getPdfObject(array.getPdfObject(i)));
            }
        } else if (kids != null) {
            list.add(kids);
        }
        for (PdfObject kid : list) {
            if (kid instanceof PdfDictionary dictionary && dictionary.get(PdfName.S) != null) {
                into.add(dictionary);
                collect(dictionary, into);
            }
        }
    }
}
