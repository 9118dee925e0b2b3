package no.baerekraftsjekk.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Format version 2 as the spec's "Version 2" section defines it (alternatives: AlternativesFormatTest), and version 1 beside it. */
class Version2FormatTest {
    private static final Texts NB = Texts.of(Language.NB);
    private final BkjReader reader = new BkjReader();
    private final BkjWriter writer = new BkjWriter();

    private static ObjectNode tree(byte[] bytes) {
        try {
            return (ObjectNode) ValidFile.JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full version 2 fixture as written, changed by {@code change}. */
    private static byte[] version2With(Consumer<ObjectNode> change) {
        ObjectNode root = tree(new BkjWriter().write(Fixtures.fullVersion2Assessment()));
        change.accept(root);
        return ValidFile.serialise(root);
    }

    @Test
    void theWriterWritesVersion2WithTheNewFieldsInTheSpecsOrder() {
        ObjectNode root = tree(writer.write(Fixtures.fullVersion2Assessment()));

        assertThat(root.get("version").intValue()).isEqualTo(2);
        assertThat(root.get("id").textValue()).isEqualTo("6f1c2a0e-3b7d-4e55-9a51-0c1d2e3f4a5b");
        assertThat(root.get("language").textValue()).isEqualTo("nn");
        assertThat(root.get("case").get("committee").textValue()).isEqualTo("Kommunestyret");
        assertThat(root.get("case").get("meetingDate").textValue()).isEqualTo("2027-02-11");
        assertThat(root.get("goals").get(3).get("certainty").textValue()).isEqualTo("UNKNOWN");
        assertThat(root.get("review").get("status").textValue()).isEqualTo("RETURNED");
        assertThat(root.get("review").get("reviewer").textValue()).isEqualTo("Ola Leder");
        assertThat(root.get("review").get("date").textValue()).isEqualTo("2027-01-20");
        assertThat(Stream.of(root.fieldNames()).flatMap(it -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            it.forEachRemaining(names::add);
            return names.stream();
        })).containsExactly("format", "version", "id", "language", "case", "goals", "dimensions", "conflicts",
                "collaboration", "conclusion", "status", "review");
    }

    @Test
    void aVersion2FileWithEveryNewFieldComesBackEqualWithoutWarnings() throws Exception {
        Assessment original = Fixtures.fullVersion2Assessment();

        ReadResult read = reader.read(writer.write(original));

        assertThat(read.warnings()).isEmpty();
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.assessment()).isEqualTo(original);
    }

    @Test
    void anApprovedCompleteAssessmentComesBackApproved() throws Exception {
        Assessment approved = Fixtures.fullVersion2Assessment().withStatus(Status.COMPLETE)
                .withReview(new Review(ReviewStatus.APPROVED, "Ola Leder", LocalDate.of(2027, 1, 20), ""));

        assertThat(reader.read(writer.write(approved)).assessment()).isEqualTo(approved);
    }

    @Test
    void absentNewFieldsMeanNoIdBokmalNoCommitteeNoMeetingNoReview() throws Exception {
        Assessment read = reader.read(version2With(r -> {
            r.remove("id");
            r.remove("language");
            r.remove("review");
            ((ObjectNode) r.get("case")).remove("committee");
            ((ObjectNode) r.get("case")).remove("meetingDate");
        })).assessment();

        assertThat(read.id()).isNull();
        assertThat(read.language()).isEqualTo(Language.NB);
        assertThat(read.caseInfo().committee()).isEmpty();
        assertThat(read.caseInfo().meetingDate()).isNull();
        assertThat(read.review()).isNull();
    }

    @Test
    void aReviewWithOnlyItsStatusIsValid() throws Exception {
        Review review = reader.read(version2With(r -> r.putObject("review").put("status", "REQUESTED"))).assessment().review();

        assertThat(review).isEqualTo(new Review(ReviewStatus.REQUESTED, "", null, ""));
    }

    @Test
    void everyLanguageIsRead() throws Exception {
        for (Language language : Language.values()) {
            assertThat(reader.read(version2With(r -> r.put("language", language.code()))).assessment().language())
                    .isEqualTo(language);
        }
    }

    static Stream<Arguments> invalidVersion2Files() {
        return Stream.of(
                Arguments.of("id in upper case", "id", "6F1C2A0E", (Consumer<ObjectNode>) r -> r.put("id", "6F1C2A0E-3B7D-4E55-9A51-0C1D2E3F4A5B")),
                Arguments.of("id without hyphens", "id", "", (Consumer<ObjectNode>) r -> r.put("id", "6f1c2a0e3b7d4e559a510c1d2e3f4a5b")),
                Arguments.of("id in braces", "id", "", (Consumer<ObjectNode>) r -> r.put("id", "{6f1c2a0e-3b7d-4e55-9a51-0c1d2e3f4a5b}")),
                Arguments.of("id as number", "id", "", (Consumer<ObjectNode>) r -> r.put("id", 42)),
                Arguments.of("id empty", "id", "", (Consumer<ObjectNode>) r -> r.put("id", "")),
                Arguments.of("language de", "language", "nb, nn, en", (Consumer<ObjectNode>) r -> r.put("language", "de")),
                Arguments.of("language in upper case", "language", "", (Consumer<ObjectNode>) r -> r.put("language", "NN")),
                Arguments.of("language no (not a code here)", "language", "", (Consumer<ObjectNode>) r -> r.put("language", "no")),
                Arguments.of("committee as number", "case.committee", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("case")).put("committee", 1)),
                Arguments.of("committee too long", "case.committee", "20", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("case")).put("committee", "k".repeat(20_001))),
                Arguments.of("meetingDate not a day", "case.meetingDate", "2027-02-30", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("case")).put("meetingDate", "2027-02-30")),
                Arguments.of("meetingDate in Norwegian form", "case.meetingDate", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("case")).put("meetingDate", "11.02.2027")),
                Arguments.of("review as text", "review", "", (Consumer<ObjectNode>) r -> r.put("review", "godkjent")),
                Arguments.of("review without status", "review.status", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).remove("status")),
                Arguments.of("review status DONE", "review.status", "DONE", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).put("status", "DONE")),
                Arguments.of("review status in lower case", "review.status", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).put("status", "approved")),
                Arguments.of("review date not a date", "review.date", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).put("date", "i går")),
                Arguments.of("reviewer as number", "review.reviewer", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).put("reviewer", 7)),
                Arguments.of("review comment as array", "review.comment", "", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).putArray("comment")),
                Arguments.of("approved draft", "review.status", "COMPLETE", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("review")).put("status", "APPROVED")),
                Arguments.of("approved without a status (a draft)", "review.status", "DRAFT", (Consumer<ObjectNode>) r -> {
                    r.remove("status");
                    ((ObjectNode) r.get("review")).put("status", "APPROVED");
                }),
                Arguments.of("certainty MAYBE", "goals[0].certainty", "UNKNOWN", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("goals").get(0)).put("certainty", "MAYBE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVersion2Files")
    void isRefusedWithANorwegianMessageAtThePath(String name, String path, String inMessage, Consumer<ObjectNode> change) {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> reader.read(version2With(change)));

        assertThat(refused).as(name).isNotNull();
        assertThat(refused.reason()).isEqualTo(InvalidAssessmentFileException.Reason.INVALID);
        assertThat(refused.problems()).as(name).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(NB.format(p.message())).contains(inMessage).doesNotContain("Exception");
        });
    }

    @Test
    void anApprovalOfADraftIsOneErrorEvenWhenTheStatusItselfIsInvalid() {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> reader.read(version2With(r -> {
                    r.put("status", "FINISHED");
                    ((ObjectNode) r.get("review")).put("status", "APPROVED");
                })));

        assertThat(refused.problems()).extracting(FileProblem::path).containsExactly("status");
    }

    // Version 1 beside version 2

    @Test
    void version1CannotHoldTheCertaintyUnknown() {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> reader.read(ValidFile.with(r -> ValidFile.goal(r, 2).put("certainty", "UNKNOWN"))));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("goals[2].certainty");
            assertThat(NB.format(p.message())).contains("versjon 2");
        });
    }

    @Test
    void version2FieldsInAVersion1FileAreIgnoredWithAWarningAsAnyUnknownField() throws Exception {
        ReadResult read = reader.read(ValidFile.with(r -> {
            r.put("id", "6f1c2a0e-3b7d-4e55-9a51-0c1d2e3f4a5b");
            r.put("language", "nn");
            r.putObject("review").put("status", "APPROVED");
            ValidFile.caseOf(r).put("committee", "Kommunestyret");
            ValidFile.caseOf(r).put("meetingDate", "2027-02-11");
        }));

        assertThat(read.version()).isEqualTo(1);
        assertThat(read.assessment()).isEqualTo(Fixtures.fullAssessment().withId(null));
        assertThat(read.warnings()).extracting(NB::format).hasSize(5)
                .allSatisfy(w -> assertThat(w).contains("ukjent i versjon 1"))
                .anySatisfy(w -> assertThat(w).contains("case.committee"))
                .anySatisfy(w -> assertThat(w).contains("review"));
    }

    @Test
    void anUnknownFieldInAVersion2FileIsNamedWithVersion2() throws Exception {
        ReadResult read = reader.read(version2With(r -> r.put("programVersion", "9")));

        assertThat(read.warnings()).extracting(NB::format).singleElement()
                .satisfies(w -> assertThat(w).contains("programVersion").contains("versjon 2"));
    }

    @Test
    void version1IsWrittenWithoutVersion2FieldsAndReadsBackAsTheSameContent() throws Exception {
        Assessment v2 = Fixtures.fullVersion2Assessment().withReview(null)
                .withGoal(Fixtures.fullVersion2Assessment().goal(4).orElseThrow().withCertainty(Certainty.HIGH));

        byte[] bytes = writer.write(v2, 1);
        ObjectNode root = tree(bytes);
        ReadResult read = reader.read(bytes);

        assertThat(root.get("version").intValue()).isEqualTo(1);
        assertThat(root.has("id")).isFalse();
        assertThat(root.has("language")).isFalse();
        assertThat(root.get("case").has("committee")).isFalse();
        assertThat(root.get("case").has("meetingDate")).isFalse();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.assessment()).isEqualTo(v2.withId(null).withLanguage(Language.NB)
                .withCaseInfo(v2.caseInfo().withCommittee("").withMeetingDate(null)));
        assertThat(Version1.leftOut(v2)).extracting(NB::format).containsExactly("utvalg", "møtedato", "språk (nn)");
    }

    @Test
    void aVersion1FileOfAVersion1AssessmentIsTheSameAsBefore() throws Exception {
        // The bytes version 1 was written as before version 2 existed: same keys, same order.
        String written = new String(writer.write(Fixtures.fullAssessment(), 1), StandardCharsets.UTF_8);

        assertThat(written).startsWith("{\n  \"format\" : \"baerekraftsjekk\",\n  \"version\" : 1,\n  \"case\" : {");
        assertThat(reader.read(written.getBytes(StandardCharsets.UTF_8)).assessment()).isEqualTo(Fixtures.fullAssessment().withId(null));
    }

    @Test
    void version1NamesWhatItCannotExpressAndTheWriterRefusesIt() {
        Assessment full = Fixtures.fullVersion2Assessment();

        assertThat(Version1.cannotExpress(full)).extracting(NB::format).containsExactly("kvalitetssikringen (review)", "sikkerheten «vet ikke» (UNKNOWN) ved mål 4");
        assertThat(Version1.cannotExpress(Fixtures.fullAssessment())).isEmpty();
        assertThat(Version1.leftOut(Fixtures.fullAssessment())).isEmpty();
        assertThatThrownBy(() -> writer.write(full, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write(full, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewDraftHasACanonicalIdOfItsOwnAndACopyGetsAnother() {
        Assessment a = Assessment.newDraft("A");
        Assessment b = Assessment.newDraft("A");

        assertThat(a.id()).isNotNull().isNotEqualTo(b.id());
        assertThat(a.id().toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Assessment approved = a.withStatus(Status.COMPLETE).withReview(new Review(ReviewStatus.APPROVED, "Ola", null, ""));
        Assessment copy = approved.asNewCopy();
        assertThat(copy.id()).isNotNull().isNotEqualTo(a.id());
        assertThat(copy.status()).isEqualTo(Status.DRAFT);
        assertThat(copy.review()).isNull();
        assertThat(UUID.fromString(copy.id().toString())).isEqualTo(copy.id());
    }

    @Test
    void reopeningAnApprovedAssessmentAsksForTheReviewAgainKeepingWhatTheReviewerWrote() {
        Review approval = new Review(ReviewStatus.APPROVED, "Ola Leder", LocalDate.of(2027, 1, 20), "Godt arbeid.");
        Assessment approved = Assessment.newDraft("A").withStatus(Status.COMPLETE).withReview(approval);

        assertThat(approved.withStatus(Status.COMPLETE).review()).isEqualTo(approval);
        assertThat(approved.withStatus(Status.DRAFT).review()).isEqualTo(approval.withStatus(ReviewStatus.REQUESTED));
        assertThat(Assessment.newDraft("B").withReview(approval).review()).as("never an approved draft, however made")
                .isEqualTo(approval.withStatus(ReviewStatus.REQUESTED));
    }

    @Test
    void aRecommendationIsRefusedTooUntilAlternativesCanBeRead() {
        InvalidAssessmentFileException refused = catchThrowableOfType(InvalidAssessmentFileException.class,
                () -> reader.read(version2With(r -> r.putObject("recommendation").put("alternative", "A"))));

        assertThat(refused.problems()).extracting(FileProblem::path).containsExactly("recommendation");
    }

    @Test
    void alternativesInAVersion1FileAreAnUnknownFieldAsBefore() throws Exception {
        ReadResult read = reader.read(ValidFile.with(r -> r.putArray("alternatives")));

        assertThat(read.assessment()).isEqualTo(Fixtures.fullAssessment().withId(null));
        assertThat(read.warnings()).extracting(NB::format).singleElement().satisfies(w -> assertThat(w).contains("alternatives"));
    }
}
