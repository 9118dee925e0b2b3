package no.baerekraftsjekk.domain.format;

import static no.baerekraftsjekk.domain.format.ValidFile.caseOf;
import static no.baerekraftsjekk.domain.format.ValidFile.conflictGoals;
import static no.baerekraftsjekk.domain.format.ValidFile.goal;
import static no.baerekraftsjekk.domain.format.ValidFile.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Named invalid files, each refused with a Norwegian message at the path of what is wrong. */
class BkjReaderInvalidFilesTest {
    private static final Texts NB = Texts.of(Language.NB);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Arguments tree(String name, String path, Consumer<ObjectNode> change) {
        return Arguments.of(name, with(change), path, "");
    }

    private static Arguments tree(String name, String path, String inMessage, Consumer<ObjectNode> change) {
        return Arguments.of(name, with(change), path, inMessage);
    }

    private static Arguments raw(String name, byte[] bytes, String inMessage) {
        return Arguments.of(name, bytes, "", inMessage);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> invalidFiles() {
        byte[] valid = ValidFile.bytes();
        byte[] withBom = new byte[valid.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(valid, 0, withBom, 3, valid.length);
        byte[] badUtf8 = valid.clone();
        int at = new String(valid, StandardCharsets.UTF_8).indexOf("Ny barneskole");
        badUtf8[at] = (byte) 0xC3;
        badUtf8[at + 1] = (byte) 0x28;
        return Stream.of(
                tree("goal 0", "goals[0].goal", "0", r -> goal(r, 0).put("goal", 0)),
                tree("goal 18", "goals[0].goal", "18", r -> goal(r, 0).put("goal", 18)),
                tree("goal as text", "goals[0].goal", r -> goal(r, 0).put("goal", "4")),
                tree("goal missing", "goals[0].goal", r -> goal(r, 0).remove("goal")),
                tree("duplicate goals", "goals[1].goal", "Mål 1", r -> ((ArrayNode) r.get("goals")).set(1, goal(r, 0).deepCopy())),
                tree("target of another goal", "goals[0].targets[0]", "7.2", r -> goal(r, 0).putArray("targets").add("7.2")),
                tree("unknown target", "goals[0].targets[0]", "1.99", r -> goal(r, 0).putArray("targets").add("1.99")),
                tree("target as number", "goals[0].targets[0]", r -> goal(r, 0).putArray("targets").add(1.1)),
                tree("targets as text", "goals[0].targets", r -> goal(r, 0).put("targets", "1.1")),
                tree("positive 4", "goals[0].positive", "4", r -> goal(r, 0).put("positive", 4)),
                tree("negative -1", "goals[0].negative", "-1", r -> goal(r, 0).put("negative", -1)),
                tree("positive 2.5", "goals[0].positive", r -> goal(r, 0).put("positive", 2.5)),
                tree("positive as text", "goals[0].positive", r -> goal(r, 0).put("positive", "2")),
                tree("positive rating on a goal that is not relevant", "goals[4].positive", r -> goal(r, 4).put("positive", 1)),
                tree("negative rating on a goal that is not relevant", "goals[9].negative", r -> goal(r, 9).put("negative", 2)),
                tree("relevance lowercase", "goals[0].relevance", "direct", r -> goal(r, 0).put("relevance", "direct")),
                tree("relevance missing", "goals[0].relevance", r -> goal(r, 0).remove("relevance")),
                tree("certainty unknown", "goals[0].certainty", r -> goal(r, 0).put("certainty", "SURE")),
                tree("horizon unknown", "goals[0].horizon", r -> goal(r, 0).put("horizon", "NEVER")),
                tree("goal entry not an object", "goals[0]", r -> ((ArrayNode) r.get("goals")).set(0, NODES.numberNode(1))),
                tree("goals as object", "goals", r -> r.putObject("goals").put("goal", 1)),
                tree("justification of 20 001 characters", "goals[0].justification", "20",
                        r -> goal(r, 0).put("justification", "a".repeat(20_001))),
                tree("collaboration of 20 001 characters", "collaboration", r -> r.put("collaboration", "ø".repeat(20_001))),
                tree("title as number", "case.title", r -> caseOf(r).put("title", 42)),
                tree("title missing", "case.title", r -> caseOf(r).remove("title")),
                tree("title blank", "case.title", r -> caseOf(r).put("title", "   \n\t ")),
                tree("title of 301 characters", "case.title", "300", r -> caseOf(r).put("title", "t".repeat(301))),
                tree("case missing", "case", r -> r.remove("case")),
                tree("case as text", "case", r -> r.put("case", "Ny skole")),
                tree("bad date 2026-02-30", "case.date", "2026-02-30", r -> caseOf(r).put("date", "2026-02-30")),
                tree("date in Norwegian form", "case.date", r -> caseOf(r).put("date", "23.11.2026")),
                tree("date as number", "case.date", r -> caseOf(r).put("date", 20261123)),
                tree("bad caseType", "case.caseType", "SAK", r -> caseOf(r).put("caseType", "SAK")),
                tree("exemptionBasis as number", "case.exemptionBasis", r -> caseOf(r).put("exemptionBasis", 14)),
                tree("bad status", "status", "FINISHED", r -> r.put("status", "FINISHED")),
                tree("status lowercase", "status", r -> r.put("status", "draft")),
                tree("version 3", "version", "3", r -> r.put("version", 3)),
                tree("version \"1\" as text", "version", r -> r.put("version", "1")),
                tree("version 1.0", "version", r -> r.put("version", 1.0)),
                tree("version missing", "version", r -> r.remove("version")),
                tree("format missing", "format", r -> r.remove("format")),
                tree("format wrong", "format", "ukjent", r -> r.put("format", "ukjent")),
                tree("format of another program", "format", r -> r.put("format", "Baerekraftsjekk")),
                tree("unsorted conflict pair [15, 11]", "conflicts[1].goals", "15", r -> {
                    conflictGoals(r, 1).removeAll().add(15).add(11);
                }),
                tree("conflict [3, 3]", "conflicts[0].goals", r -> conflictGoals(r, 0).removeAll().add(3).add(3)),
                tree("conflict with three goals", "conflicts[0].goals", r -> conflictGoals(r, 0).removeAll().add(1).add(2).add(3)),
                tree("conflict with no goals", "conflicts[0].goals", r -> conflictGoals(r, 0).removeAll()),
                tree("conflict goal 18", "conflicts[0].goals[0]", "18", r -> conflictGoals(r, 0).removeAll().add(18)),
                tree("conflict goals missing", "conflicts[0].goals", r -> ((ObjectNode) r.get("conflicts").get(0)).remove("goals")),
                tree("duplicate conflict entries", "conflicts[1].goals", r -> conflictGoals(r, 0).removeAll().add(11).add(15)),
                tree("conflicts as object", "conflicts", r -> r.putObject("conflicts")),
                tree("dimensions as array", "dimensions", r -> r.putArray("dimensions").add("miljø")),
                tree("dimension as text", "dimensions.SOCIAL", r -> ((ObjectNode) r.get("dimensions")).put("SOCIAL", "tekst")),
                tree("dimension text as number", "dimensions.SOCIAL.text", r -> ((ObjectNode) r.get("dimensions").get("SOCIAL")).put("text", 3)),
                tree("conclusion as array", "conclusion", r -> r.putArray("conclusion")),
                raw("not JSON", utf8("Dette er ikke JSON."), "JSON"),
                raw("JSON cut off", java.util.Arrays.copyOf(valid, valid.length / 2), ""),
                raw("empty file", new byte[0], "tom"),
                raw("only whitespace", utf8("  \n "), "tom"),
                raw("byte order mark", withBom, "BOM"),
                raw("invalid UTF-8", badUtf8, "UTF-8"),
                raw("root array", utf8("[" + new String(valid, StandardCharsets.UTF_8) + "]"), "ett JSON-objekt"),
                raw("root null", utf8("null"), "ett JSON-objekt"),
                raw("duplicate key", utf8("{\"format\":\"baerekraftsjekk\",\"version\":1,\"case\":{\"title\":\"A\",\"title\":\"B\"}}"), "title"),
                raw("trailing content after the object", utf8(new String(valid, StandardCharsets.UTF_8) + "{}"), "JSON"),
                raw("nested 10 000 levels", utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)), "nivåer"),
                raw("NUL byte outside a string", utf8("{\"format\":\u0000\"baerekraftsjekk\"}"), "JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void isRefusedWithANorwegianMessageAtTheRightPath(String name, byte[] file, String path, String inMessage) {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> new BkjReader().read(file));

        assertThat(refused).as(name).isNotNull();
        assertThat(refused.problems()).as(name).isNotEmpty()
                .allSatisfy(p -> assertThat(NB.format(p.message())).isNotBlank().doesNotContain("Exception").doesNotContain("Unexpected"));
        assertThat(refused.problems()).as(name).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(NB.format(p.message())).contains(inMessage);
        });
    }

    @org.junit.jupiter.api.Test
    void aVersionItDoesNotKnowIsNamedWithTheVersionsItReads() {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> new BkjReader().read(with(r -> r.put("version", 3))));
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(NB.format(p.message())).contains("versjon 3").contains("versjon 1, 2"));
    }

    @org.junit.jupiter.api.Test
    void aFileCutOffInTheMiddleOfACharacterIsCalledIncompleteNotAnotherEncoding() {
        byte[] whole = utf8("{\"format\":\"baerekraftsjekk\",\"case\":{\"title\":\"Nytt bygg på Sø");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class, () -> new BkjReader().read(cut));
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(NB.format(p.message())).contains("ufullstendig"));
    }

    @org.junit.jupiter.api.Test
    void aFileWithThousandsOfFaultsReportsTheFirstHundredAndCountsTheRest() {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> new BkjReader().read(with(r -> {
                    ArrayNode conflicts = r.putArray("conflicts");
                    for (int i = 0; i < 5_000; i++) {
                        conflicts.addObject().putArray("goals").add(2).add(1);
                    }
                })));
        assertThat(refused.problems()).hasSize(101);
        assertThat(refused.errorCount()).isEqualTo(5_000);
        assertThat(refused.problems().get(0).path()).isEqualTo("conflicts[0].goals");
        assertThat(NB.format(refused.problems().get(100).message())).contains("4").contains("900").contains("feil til");
    }
}
