package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.CheckReport;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code import} and {@code export-bkj} of version 2 files with alternatives, as the spec says. */
class CheckAlternativesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private Path example(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/alternatives/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = CheckAlternativesTest.class.getResourceAsStream("/alternatives/" + name)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void checkOfACaseWithAlternativesHasTheSpecsShapeInTheSpecsOrder() throws Exception {
        assertThat(run("check", example("lia-skulestruktur.bkj").toString())).isZero();

        JsonNode report = JSON.readTree(out);
        assertThat(fieldNames(report)).containsExactly("valid", "warnings", "alternatives", "comparison", "readyToComplete",
                "blocking");
        for (JsonNode alternative : report.get("alternatives")) {
            assertThat(fieldNames(alternative)).containsExactly("label", "goals", "dimensions", "conflicts", "hints",
                    "readyToComplete", "blocking");
        }
        assertThat(report.get("alternatives")).extracting(a -> a.get("label").asText()).containsExactly(
                "Alternativ 0: dagens skule", "Alternativ 1: ny sentralskule", "Alternativ 2: rehabilitering");
    }

    @Test
    void checkOfACaseWithAlternativesGivesTheFiguresWorkedOutByHand() throws Exception {
        run("check", example("lia-skulestruktur.bkj").toString());

        // Worked out by hand from the file and the spec's rules (hint texts come from the shipped knowledge base).
        assertThat(withoutHints(JSON.readTree(out))).isEqualTo(withoutHints(resource("lia-skulestruktur-check.json")));
    }

    @Test
    void theComparisonHasOneEntryPerGoalRelevantSomewhereWithOneValuePerAlternativeInFileOrder() throws Exception {
        run("check", example("lia-skulestruktur.bkj").toString());

        JsonNode comparison = JSON.readTree(out).get("comparison");
        assertThat(comparison.toString()).isEqualTo("[{\"goal\":4,\"positive\":[0,3,2],\"negative\":[2,0,0]},"
                + "{\"goal\":11,\"positive\":[1,2,0],\"negative\":[0,1,0]},"
                + "{\"goal\":15,\"positive\":[0,0,0],\"negative\":[0,2,0]}]");
    }

    @Test
    void eachAlternativeIsReportedExactlyAsVersion1ReportsOneAssessment() throws Exception {
        Path file = example("lia-skulestruktur.bkj");
        run("check", file.toString());
        JsonNode report = JSON.readTree(out);
        Assessment ofCase = new BkjReader().read(file).assessment();
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();

        for (int i = 0; i < ofCase.alternatives().size(); i++) {
            Assessment alone = ofCase.alternativeAsAssessment(i);
            ObjectNode single = CheckReport.of(alone, analyzer.analyse(alone), List.of(), Texts.of(Language.NB));
            single.remove(List.of("valid", "warnings"));
            ObjectNode reported = ((ObjectNode) report.get("alternatives").get(i)).deepCopy();
            reported.remove("label");
            assertThat(reported).isEqualTo(single);
        }
    }

    @Test
    void theCasesBlockingListsEveryAlternativesReasonsPrefixedWithItsLabelInFileOrder() throws Exception {
        run("check", example("lia-skulestruktur.bkj").toString());
        JsonNode report = JSON.readTree(out);

        List<String> expected = new ArrayList<>();
        for (JsonNode alternative : report.get("alternatives")) {
            alternative.get("blocking").forEach(b -> expected.add(alternative.get("label").asText() + ": " + b.asText()));
        }
        assertThat(report.get("blocking")).extracting(JsonNode::asText).containsExactlyElementsOf(expected);
        assertThat(expected).contains("Alternativ 0: dagens skule: Mål 11 mangler begrunnelse",
                "Alternativ 1: ny sentralskule: Målkonflikten mellom mål 11 og 15 er ikke avveid");
        assertThat(report.get("readyToComplete").asBoolean()).isFalse();
    }

    @Test
    void aMissingRecommendationAndReasonBlockTheCase() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(example("gang-og-sykkelvei-klar.bkj")));
        root.remove(List.of("recommendation", "review"));
        root.put("status", "DRAFT");
        Path file = folder.resolve("uten-anbefaling.bkj");
        Files.writeString(file, root.toString());

        assertThat(run("check", file.toString())).isZero();

        JsonNode report = JSON.readTree(out);
        assertThat(report.get("readyToComplete").asBoolean()).isFalse();
        assertThat(report.get("blocking")).extracting(JsonNode::asText).containsExactly(
                "Ingen av alternativene er valgt som anbefalt", "Anbefalingen mangler begrunnelse");
        assertThat(report.get("alternatives")).allSatisfy(a -> assertThat(a.get("readyToComplete").asBoolean()).isTrue());
    }

    @Test
    void aCaseWhoseAlternativesAreReadyAndRecommendedIsReadyToComplete() throws Exception {
        assertThat(run("check", example("gang-og-sykkelvei-klar.bkj").toString())).isZero();

        JsonNode report = JSON.readTree(out);
        assertThat(report.get("readyToComplete").asBoolean()).isTrue();
        assertThat(report.get("blocking")).isEmpty();
        assertThat(report.get("warnings")).isEmpty();
        // Goal 14 is not relevant in any alternative, so it is not compared.
        assertThat(report.get("comparison")).extracting(c -> c.get("goal").asInt()).doesNotContain(14).hasSize(16);
    }

    @Test
    void anInvalidCaseIsRefusedWithThePathOfTheField() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(example("lia-skulestruktur.bkj")));
        ((ObjectNode) root.get("alternatives").get(2)).put("zero", true);
        Path file = folder.resolve("to-null.bkj");
        Files.writeString(file, root.toString());

        assertThat(run("check", file.toString())).isEqualTo(ExitCode.INVALID_INPUT);

        JsonNode report = JSON.readTree(out);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("alternatives[2].zero");
        assertThat(err).contains("alternatives[2].zero");
    }

    @Test
    void aCaseIsImportedAndExportedWithItsAlternativesAndItsRecommendation() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Path file = example("gang-og-sykkelvei-klar.bkj");
        assertThat(run("import", file.toString(), "--db", db.toString())).isZero();
        String id = out.strip();
        Path exported = folder.resolve("eksportert.bkj");

        assertThat(run("export-bkj", id, "--out", exported.toString(), "--db", db.toString())).isZero();

        Assessment before = new BkjReader().read(file).assessment();
        Assessment after = new BkjReader().read(exported).assessment();
        assertThat(after).isEqualTo(before);
        assertThat(after.alternatives()).hasSize(3);
        assertThat(after.recommendation().alternative()).isEqualTo("Trasé langs elva");
    }

    @Test
    void exportAsVersion1RefusesACaseWithAlternativesAndSaysWhy() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        run("import", example("lia-skulestruktur.bkj").toString(), "--db", db.toString());
        String id = out.strip();
        Path exported = folder.resolve("til-eldre-program.bkj");

        assertThat(run("export-bkj", id, "--out", exported.toString(), "--format-version", "1", "--db", db.toString()))
                .isEqualTo(ExitCode.FAILED);

        assertThat(err).contains("versjon 1").contains("alternativene (3 stykker)");
        assertThat(exported).doesNotExist();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode withoutHints(JsonNode report) {
        JsonNode copy = report.deepCopy();
        for (JsonNode alternative : (ArrayNode) copy.get("alternatives")) {
            ((ObjectNode) alternative).remove("hints");
        }
        return copy;
    }
}
