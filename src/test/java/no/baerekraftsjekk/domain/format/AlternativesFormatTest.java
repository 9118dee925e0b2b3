package no.baerekraftsjekk.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Alternatives and the recommendation of format version 2, read and written as the spec says. */
class AlternativesFormatTest {
    private static final Texts NB = Texts.of(Language.NB);
    private final BkjReader reader = new BkjReader();

    private static ObjectNode example() {
        try (InputStream in = AlternativesFormatTest.class.getResourceAsStream("/alternatives/lia-skulestruktur.bkj")) {
            return (ObjectNode) ValidFile.JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] exampleWith(Consumer<ObjectNode> change) {
        ObjectNode root = example();
        change.accept(root);
        return ValidFile.serialise(root);
    }

    private static ObjectNode alternative(ObjectNode root, int index) {
        return (ObjectNode) root.get("alternatives").get(index);
    }

    @Test
    void theExampleCaseIsReadWithItsAlternativesInFileOrder() throws Exception {
        ReadResult read = reader.read(ValidFile.serialise(example()));
        Assessment ofCase = read.assessment();

        assertThat(read.warnings()).isEmpty();
        assertThat(ofCase.goals()).isEmpty();
        assertThat(ofCase.alternatives()).extracting(Alternative::label).containsExactly(
                "Alternativ 0: dagens skule", "Alternativ 1: ny sentralskule", "Alternativ 2: rehabilitering");
        assertThat(ofCase.alternatives()).extracting(Alternative::zero).containsExactly(true, false, false);
        assertThat(ofCase.alternatives().get(0).description()).isEqualTo("Skulane held fram som i dag.");
        assertThat(ofCase.alternatives().get(0).conclusion()).isEqualTo("Ikkje berekraftig over tid.");
        assertThat(ofCase.alternatives().get(1).goals()).containsOnlyKeys(4, 11, 15);
        assertThat(ofCase.alternatives().get(1).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.goals()).containsExactly(4, 15));
        assertThat(ofCase.recommendation()).isEqualTo(new Recommendation("Alternativ 1: ny sentralskule",
                "Gir best skule for flest elevar."));
        assertThat(ofCase.conclusion()).isEqualTo("Kommunedirektøren tilrår alternativ 1.");
    }

    @Test
    void aCaseWithAlternativesIsWrittenAndReadBackEqual() throws Exception {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        byte[] written = new BkjWriter().write(ofCase);
        Assessment read = reader.read(written).assessment();

        assertThat(read).isEqualTo(ofCase);
        ObjectNode root = (ObjectNode) ValidFile.JSON.readTree(written);
        assertThat(root.has("goals")).isFalse();
        assertThat(root.has("dimensions")).isFalse();
        assertThat(root.has("conflicts")).isFalse();
        assertThat(root.get("alternatives").get(0).get("zero").asBoolean()).isTrue();
        assertThat(root.get("alternatives").get(1).has("zero")).isFalse();
    }

    @Test
    void theExampleFileSurvivesAWriteAndARead() throws Exception {
        Assessment once = reader.read(ValidFile.serialise(example())).assessment();

        assertThat(reader.read(new BkjWriter().write(once)).assessment()).isEqualTo(once);
    }

    @Test
    void aRecommendationNotYetChosenIsLeftOutOfTheFile() throws Exception {
        Assessment unchosen = Fixtures.caseWithAlternatives().withRecommendation(new Recommendation("", ""));

        ObjectNode root = (ObjectNode) ValidFile.JSON.readTree(new BkjWriter().write(unchosen));

        assertThat(root.has("recommendation")).isFalse();
        assertThat(reader.read(new BkjWriter().write(unchosen)).assessment()).isEqualTo(unchosen);
    }

    @Test
    void labelsAreComparedTrimmedAndTheRecommendationMayNameItsAlternativeSo() throws Exception {
        Assessment read = reader.read(exampleWith(r -> {
            alternative(r, 2).put("label", "  Alternativ 2: rehabilitering  ");
            ((ObjectNode) r.get("recommendation")).put("alternative", "ALTERNATIV 2: REHABILITERING");
        })).assessment();

        assertThat(read.alternatives().get(2).label()).isEqualTo("Alternativ 2: rehabilitering");
        assertThat(read.recommendation().alternative()).isEqualTo("Alternativ 2: rehabilitering");
    }

    @Test
    void aCaseWithAlternativesCannotBeWrittenAsVersion1AndSaysWhy() {
        Assessment ofCase = Fixtures.caseWithAlternatives();

        assertThat(Version1.cannotExpress(ofCase)).extracting(NB::format).containsExactly("alternativene (3 stykker)");
        assertThatThrownBy(() -> new BkjWriter().write(ofCase, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void alternativesInAVersion1FileAreStillAnUnknownFieldIgnored() throws Exception {
        ReadResult read = reader.read(ValidFile.with(r -> r.set("alternatives", example().get("alternatives"))));

        assertThat(read.assessment().hasAlternatives()).isFalse();
        assertThat(read.assessment().goals()).hasSize(17);
    }

    @Test
    void anApprovedCompleteCaseWithAlternativesIsValid() throws Exception {
        Assessment read = reader.read(exampleWith(r -> {
            r.put("status", "COMPLETE");
            r.putObject("review").put("status", "APPROVED").put("reviewer", "Ola Leder");
        })).assessment();

        assertThat(read.status()).isEqualTo(Status.COMPLETE);
        assertThat(read.review().isApproved()).isTrue();
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                Arguments.of("two zero alternatives", "alternatives[2].zero", "alternatives[0]",
                        (Consumer<ObjectNode>) r -> alternative(r, 2).put("zero", true)),
                Arguments.of("duplicate labels", "alternatives[2].label", "alternatives[1]",
                        (Consumer<ObjectNode>) r -> alternative(r, 2).put("label", " alternativ 1: NY SENTRALSKULE ")),
                Arguments.of("recommendation naming no alternative", "recommendation.alternative", "Alternativ 9",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("recommendation")).put("alternative", "Alternativ 9")),
                Arguments.of("recommendation without alternative", "recommendation.alternative", "mangler",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("recommendation")).remove("alternative")),
                Arguments.of("top-level goals beside alternatives", "goals", "goals",
                        (Consumer<ObjectNode>) r -> r.set("goals", ValidFile.tree().get("goals"))),
                Arguments.of("top-level dimensions beside alternatives", "dimensions", "dimensions",
                        (Consumer<ObjectNode>) r -> r.putObject("dimensions")),
                Arguments.of("top-level conflicts beside alternatives", "conflicts", "conflicts",
                        (Consumer<ObjectNode>) r -> r.putArray("conflicts")),
                Arguments.of("one alternative only", "alternatives", "1",
                        (Consumer<ObjectNode>) r -> {
                            ArrayNode array = (ArrayNode) r.get("alternatives");
                            array.remove(2);
                            array.remove(1);
                            r.remove("recommendation");
                        }),
                Arguments.of("no alternatives at all", "alternatives", "0",
                        (Consumer<ObjectNode>) r -> {
                            r.putArray("alternatives");
                            r.remove("recommendation");
                        }),
                Arguments.of("six alternatives", "alternatives", "6",
                        (Consumer<ObjectNode>) r -> {
                            ArrayNode array = (ArrayNode) r.get("alternatives");
                            for (int i = 3; i < 6; i++) {
                                array.addObject().put("label", "Alternativ " + i);
                            }
                        }),
                Arguments.of("approved but not complete", "review.status", "DRAFT",
                        (Consumer<ObjectNode>) r -> r.putObject("review").put("status", "APPROVED")),
                Arguments.of("label too long", "alternatives[1].label", "100",
                        (Consumer<ObjectNode>) r -> alternative(r, 1).put("label", "a".repeat(101))),
                Arguments.of("label empty after trimming", "alternatives[1].label", "navn",
                        (Consumer<ObjectNode>) r -> alternative(r, 1).put("label", "   ")),
                Arguments.of("label missing", "alternatives[1].label", "mangler",
                        (Consumer<ObjectNode>) r -> alternative(r, 1).remove("label")),
                Arguments.of("label as number", "alternatives[1].label", "",
                        (Consumer<ObjectNode>) r -> alternative(r, 1).put("label", 1)),
                Arguments.of("zero as text", "alternatives[0].zero", "true",
                        (Consumer<ObjectNode>) r -> alternative(r, 0).put("zero", "ja")),
                Arguments.of("alternative not an object", "alternatives[1]", "",
                        (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("alternatives")).set(1, ValidFile.JSON.getNodeFactory().textNode("B"))),
                Arguments.of("alternatives not an array", "alternatives", "",
                        (Consumer<ObjectNode>) r -> r.put("alternatives", "A, B")),
                Arguments.of("a goal of an alternative rated though not relevant", "alternatives[2].goals[1].positive", "",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) alternative(r, 2).get("goals").get(1)).put("positive", 2)),
                Arguments.of("a conflict of an alternative not sorted", "alternatives[1].conflicts[0].goals", "",
                        (Consumer<ObjectNode>) r -> {
                            ArrayNode goals = (ArrayNode) alternative(r, 1).get("conflicts").get(0).get("goals");
                            goals.removeAll();
                            goals.add(15).add(4);
                        }),
                Arguments.of("a dimension text of an alternative as number", "alternatives[1].dimensions.SOCIAL.text", "",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) alternative(r, 1).get("dimensions").get("SOCIAL")).put("text", 3)),
                Arguments.of("recommendation without alternatives", "recommendation", "alternativer",
                        (Consumer<ObjectNode>) r -> r.remove("alternatives")),
                Arguments.of("recommendation reason as number", "recommendation.reason", "",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("recommendation")).put("reason", 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void isRefusedWithANorwegianMessageAtThePath(String name, String path, String inMessage, Consumer<ObjectNode> change) {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> reader.read(exampleWith(change)));

        assertThat(refused).as(name).isNotNull();
        assertThat(refused.reason()).isEqualTo(InvalidAssessmentFileException.Reason.INVALID);
        assertThat(refused.problems()).as(name).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(NB.format(p.message())).contains(inMessage).doesNotContain("Exception");
        });
    }

    @Test
    void everyAlternativesFaultIsNamedAtOnce() {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> reader.read(exampleWith(r -> {
                    alternative(r, 2).put("zero", true);
                    alternative(r, 1).put("label", "a".repeat(101));
                    r.putArray("conflicts");
                })));

        assertThat(refused.problems()).extracting(FileProblem::path)
                .contains("alternatives[2].zero", "alternatives[1].label", "conflicts");
    }
}
