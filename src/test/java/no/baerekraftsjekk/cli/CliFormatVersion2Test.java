package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with format version 2: rule 6 in {@code check}, ids through import and export, version 1 on request. */
class CliFormatVersion2Test {
    private static final UUID ID = UUID.fromString("6f1c2a0e-3b7d-4e55-9a51-0c1d2e3f4a5b");

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

    private Path file(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Every goal assessed and justified; goal 11 gains {@code gain}, goal 15 loses {@code loss}; no handling written. */
    private static Assessment goalConflict(int gain, int loss) {
        Assessment assessment = Assessment.newDraft("Ny barneskole").withId(ID);
        for (int goal = 1; goal <= 17; goal++) {
            assessment = assessment.withGoal(GoalAssessment.screened(goal, Relevance.NOT_RELEVANT));
        }
        return assessment
                .withGoal(GoalAssessment.screened(11, Relevance.DIRECT).withRatings(gain, 0).withJustification("Skole nær boligene."))
                .withGoal(GoalAssessment.screened(15, Relevance.DIRECT).withRatings(0, loss).withJustification("Tomten er skog."));
    }

    @Test
    void checkCallsAFileWhoseOnlyUnhandledConflictIsASeverityOneGoalConflictReady() throws Exception {
        for (int version = 1; version <= 2; version++) {
            Path file = file("liten-konflikt-v" + version + ".bkj", new BkjWriter().write(goalConflict(3, 1), version));

            assertThat(run("check", file.toString())).isZero();

            JsonNode report = new ObjectMapper().readTree(out);
            assertThat(report.get("conflicts")).singleElement().satisfies(c -> {
                assertThat(c.get("kind").asText()).isEqualTo("GOALS");
                assertThat(c.get("severity").asInt()).isEqualTo(1);
                assertThat(c.get("handled").asBoolean()).isFalse();
            });
            assertThat(report.get("readyToComplete").asBoolean()).as("version %d", version).isTrue();
            assertThat(report.get("blocking")).isEmpty();
        }
    }

    @Test
    void checkStillBlocksOnAnUnhandledModerateGoalConflict() throws Exception {
        Path file = file("middels.bkj", new BkjWriter().write(goalConflict(2, 2)));

        assertThat(run("check", file.toString())).isZero();

        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.get("readyToComplete").asBoolean()).isFalse();
        assertThat(report.get("blocking")).singleElement()
                .satisfies(b -> assertThat(b.asText()).isEqualTo("Målkonflikten mellom mål 11 og 15 er ikke avveid"));
    }

    @Test
    void checkOfAVersion2FileKeepsTheSpecsShape() throws Exception {
        Path file = file("v2.bkj", new BkjWriter().write(goalConflict(1, 1).withReview(new Review(ReviewStatus.REQUESTED, "", null, ""))));

        assertThat(run("check", file.toString())).isZero();

        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.fieldNames()).toIterable().containsExactly("valid", "warnings", "goals", "dimensions", "conflicts",
                "hints", "readyToComplete", "blocking");
        assertThat(report.get("warnings")).isEmpty();
    }

    @Test
    void theIdIsKeptThroughImportAndExportAndTheFileIsWrittenAsVersion2() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Path source = file("sak.bkj", new BkjWriter().write(goalConflict(3, 1)));
        assertThat(run("import", source.toString(), "--db", db.toString())).isZero();
        String id = out.strip();
        Path exported = folder.resolve("ut.bkj");

        assertThat(run("export-bkj", id, "--out", exported.toString(), "--db", db.toString())).isZero();

        var read = new BkjReader().read(exported);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.assessment().id()).isEqualTo(ID);
        assertThat(read.assessment()).isEqualTo(goalConflict(3, 1));
    }

    @Test
    void importingAnAssessmentThatIsThereIsRefusedWithoutAChoiceAndNothingIsCopied() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Path first = file("sak.bkj", new BkjWriter().write(goalConflict(3, 1)));
        assertThat(run("import", first.toString(), "--db", db.toString())).isZero();
        String id = out.strip();
        Path again = file("sak-fra-kollega.bkj", new BkjWriter().write(goalConflict(3, 1).withConclusion("Kollegaens tekst.")));

        assertThat(run("import", again.toString(), "--db", db.toString())).isEqualTo(ExitCode.INVALID_INPUT);

        assertThat(out).isEmpty();
        assertThat(err).contains("sak-fra-kollega.bkj").contains("finnes allerede").contains("id " + id)
                .contains("--on-duplicate update").contains("--on-duplicate copy");
        try (SqliteLibrary library = SqliteLibrary.open(db)) {
            assertThat(library.list()).hasSize(1);
            assertThat(library.find(Long.parseLong(id)).orElseThrow().assessment().conclusion()).isEmpty();
        }
    }

    @Test
    void onDuplicateUpdateReplacesTheAssessmentThatIsThere() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        run("import", file("sak.bkj", new BkjWriter().write(goalConflict(3, 1))).toString(), "--db", db.toString());
        String id = out.strip();
        Path again = file("ny.bkj", new BkjWriter().write(goalConflict(3, 1).withConclusion("Kollegaens tekst.")));

        assertThat(run("import", again.toString(), "--on-duplicate", "update", "--db", db.toString())).isZero();

        assertThat(out.strip()).isEqualTo(id);
        try (SqliteLibrary library = SqliteLibrary.open(db)) {
            assertThat(library.list()).hasSize(1);
            assertThat(library.find(Long.parseLong(id)).orElseThrow().assessment().conclusion()).isEqualTo("Kollegaens tekst.");
        }
    }

    @Test
    void onDuplicateCopyKeepsBothUnderTwoIds() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Path file = file("sak.bkj", new BkjWriter().write(goalConflict(3, 1)));
        run("import", file.toString(), "--db", db.toString());
        String first = out.strip();

        assertThat(run("import", file.toString(), "--on-duplicate", "copy", "--db", db.toString())).isZero();

        String second = out.strip();
        assertThat(second).isNotEqualTo(first);
        try (SqliteLibrary library = SqliteLibrary.open(db)) {
            assertThat(library.list()).hasSize(2);
            assertThat(library.find(Long.parseLong(first)).orElseThrow().assessment().id()).isEqualTo(ID);
            assertThat(library.find(Long.parseLong(second)).orElseThrow().assessment().id()).isNotNull().isNotEqualTo(ID);
        }
    }

    @Test
    void anUnknownOnDuplicateChoiceIsAWrongUse() throws Exception {
        Path file = file("sak.bkj", new BkjWriter().write(goalConflict(3, 1)));

        assertThat(run("import", file.toString(), "--on-duplicate", "overwrite", "--db", folder.resolve("lib.sqlite").toString()))
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err).contains("overwrite").contains("update eller copy");
    }

    @Test
    void exportAsVersion1WritesWhatVersion1HoldsAndSaysWhatWasLeftOut() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Assessment withCommittee = goalConflict(3, 1)
                .withCaseInfo(goalConflict(3, 1).caseInfo().withCommittee("Kommunestyret").withMeetingDate(LocalDate.of(2027, 2, 11)));
        run("import", file("sak.bkj", new BkjWriter().write(withCommittee)).toString(), "--db", db.toString());
        String id = out.strip();
        Path exported = folder.resolve("til-eldre-program.bkj");

        assertThat(run("export-bkj", id, "--out", exported.toString(), "--format-version", "1", "--db", db.toString())).isZero();

        var read = new BkjReader().read(exported);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.assessment().goals()).isEqualTo(withCommittee.goals());
        assertThat(err).contains("utvalg").contains("møtedato");
    }

    @Test
    void exportAsVersion1IsRefusedWithTheReasonWhenTheAssessmentHoldsAReviewOrUnknown() throws Exception {
        Path db = folder.resolve("lib.sqlite");
        Assessment reviewed = goalConflict(3, 1)
                .withGoal(goalConflict(3, 1).goal(11).orElseThrow().withCertainty(no.baerekraftsjekk.domain.Certainty.UNKNOWN))
                .withReview(new Review(ReviewStatus.REQUESTED, "Ola Leder", null, ""));
        run("import", file("sak.bkj", new BkjWriter().write(reviewed)).toString(), "--db", db.toString());
        String id = out.strip();
        Path exported = folder.resolve("til-eldre-program.bkj");

        assertThat(run("export-bkj", id, "--out", exported.toString(), "--format-version", "1", "--db", db.toString()))
                .isEqualTo(ExitCode.FAILED);

        assertThat(err).contains("versjon 1").contains("kvalitetssikringen").contains("«vet ikke»").contains("mål 11");
        assertThat(exported).doesNotExist();
    }

    @Test
    void theHelpOfImportAndExportBkjExplainsTheNewOptionsInNorwegian() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out).contains("--on-duplicate").contains("behold begge");
        assertThat(run("export-bkj", "--help")).isZero();
        assertThat(out).contains("--format-version").contains("eldre programmer");
    }

    @Test
    void aFormatVersionThatCannotBeWrittenIsAWrongUse() {
        assertThat(run("export-bkj", "1", "--out", folder.resolve("x.bkj").toString(), "--format-version", "3",
                "--db", folder.resolve("lib.sqlite").toString())).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err).contains("«3»").contains("1 eller 2");
    }
}
