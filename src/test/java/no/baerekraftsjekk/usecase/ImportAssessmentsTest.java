package no.baerekraftsjekk.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.ImportOutcome;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.usecase.ImportAssessments.Decision;
import no.baerekraftsjekk.usecase.ImportAssessments.Duplicate;
import no.baerekraftsjekk.usecase.ImportAssessments.DuplicateChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAssessmentsTest {
    private static final Texts NB = Texts.of(Language.NB);
    /** For files that cannot be duplicates: fails the test if asked. */
    private static final DuplicateChoice NEVER_ASKED = d -> {
        throw new AssertionError("asked about a duplicate: " + d);
    };

    @TempDir
    Path folder;

    @Test
    void aLibraryThatCannotStoreTheFileGivesARefusedOutcomeInsteadOfAnException() throws Exception {
        Path file = writtenExample();
        SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"));
        library.close();

        ImportOutcome outcome = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader()).importFile(file, NEVER_ASKED);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(NB.format(p.message())).startsWith("Kunne ikke lagre i biblioteket"));
    }

    /** The file manager's "open": a file opened before opens its assessment, edited since or not, instead of a copy. */
    @Test
    void aFileOpenedAgainOpensTheAssessmentItWasImportedIntoEvenWhenEditedSince() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            ImportAssessments importer = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader());

            ImportOutcome first = importer.openOrImport(file, NEVER_ASKED);
            long id = first.id().orElseThrow();
            var stored = library.find(id).orElseThrow();
            library.save(id, stored.version(), stored.assessment().withConclusion("Endret etter import."));
            ImportOutcome again = importer.openOrImport(file, NEVER_ASKED);

            assertThat(first.alreadyThere()).isFalse();
            assertThat(again.alreadyThere()).isTrue();
            assertThat(again.id()).hasValue(id);
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void aFileWhoseAssessmentIsInTheBinIsImportedAfresh() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            ImportAssessments importer = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader());
            long id = importer.openOrImport(file, NEVER_ASKED).id().orElseThrow();
            library.delete(id);

            ImportOutcome again = importer.openOrImport(file, NEVER_ASKED);

            assertThat(again.alreadyThere()).isFalse();
            assertThat(again.id()).isPresent().isNotEqualTo(java.util.OptionalLong.of(id));
            library.restore(id);
            assertThat(importer.openOrImport(file, NEVER_ASKED).id()).as("the newest import wins").isEqualTo(again.id());
        }
    }

    /** The command line's import does what it says, also twice; the file then opens the newest copy. */
    @Test
    void anExplicitImportMakesACopyAndAnExportedFileOpensItsAssessment() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            ImportAssessments importer = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader());
            importer.importFile(file, NEVER_ASKED);
            long copy = importer.importFile(file, NEVER_ASKED).id().orElseThrow();
            long other = library.create(Fixtures.fullAssessment().withConclusion("En annen sak.")).id();
            Path exported = folder.resolve("eksportert.bkj");
            new BkjWriter().write(library.find(other).orElseThrow().assessment(), exported);
            importer.rememberFile(exported, other);

            assertThat(library.list()).hasSize(3);
            assertThat(importer.openOrImport(file, NEVER_ASKED).id()).hasValue(copy);
            assertThat(importer.openOrImport(exported, NEVER_ASKED).id()).hasValue(other);
            assertThat(library.list()).hasSize(3);
        }
    }

    @Test
    void aVersion1FileWithoutAnIdGetsAFreshIdEachTimeItIsImported() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            ImportAssessments importer = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader());

            long first = importer.importFile(file, NEVER_ASKED).id().orElseThrow();
            long second = importer.importFile(file, NEVER_ASKED).id().orElseThrow();

            UUID a = library.find(first).orElseThrow().assessment().id();
            UUID b = library.find(second).orElseThrow().assessment().id();
            assertThat(a).isNotNull();
            assertThat(b).isNotNull().isNotEqualTo(a);
        }
    }

    @Test
    void aNewFileKeepsItsId() throws Exception {
        Assessment withId = Fixtures.fullVersion2Assessment();
        Path file = write("ny.bkj", withId);
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long id = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader())
                    .importFile(file, NEVER_ASKED).id().orElseThrow();

            assertThat(library.find(id).orElseThrow().assessment()).isEqualTo(withId);
        }
    }

    @Test
    void aFileWhoseIdIsInTheLibraryAsksAndCanUpdateThatAssessment() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long existing = library.create(Assessment.newDraft("Skolebygg")).id();
            Assessment stored = library.find(existing).orElseThrow().assessment();
            Path file = write("fra-kollega.bkj", stored.withConclusion("Kollegaens konklusjon."));
            List<Duplicate> asked = new ArrayList<>();

            ImportOutcome outcome = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader())
                    .importFile(file, d -> {
                        asked.add(d);
                        return Decision.UPDATE_EXISTING;
                    });

            assertThat(asked).singleElement().satisfies(d -> {
                assertThat(d.existingId()).isEqualTo(existing);
                assertThat(d.existingTitle()).isEqualTo("Skolebygg");
                assertThat(d.file()).isEqualTo(file);
            });
            assertThat(outcome.id()).hasValue(existing);
            assertThat(outcome.warnings()).extracting(NB::format).anySatisfy(w -> assertThat(w).contains("Oppdaterte"));
            assertThat(library.list()).hasSize(1);
            assertThat(library.find(existing).orElseThrow().assessment().conclusion()).isEqualTo("Kollegaens konklusjon.");
            assertThat(library.find(existing).orElseThrow().assessment().id()).isEqualTo(stored.id());
        }
    }

    @Test
    void keepingBothStoresTheFileBesideItUnderANewId() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long existing = library.create(Assessment.newDraft("Skolebygg")).id();
            Assessment stored = library.find(existing).orElseThrow().assessment();
            Path file = write("kopi.bkj", stored.withConclusion("Annen konklusjon."));

            ImportOutcome outcome = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader())
                    .importFile(file, DuplicateChoice.always(Decision.KEEP_BOTH));

            long copy = outcome.id().orElseThrow();
            assertThat(copy).isNotEqualTo(existing);
            assertThat(library.list()).hasSize(2);
            assertThat(library.find(existing).orElseThrow().assessment()).isEqualTo(stored);
            Assessment copied = library.find(copy).orElseThrow().assessment();
            assertThat(copied.id()).isNotNull().isNotEqualTo(stored.id());
            assertThat(copied.conclusion()).isEqualTo("Annen konklusjon.");
        }
    }

    @Test
    void skippingStoresNothingAndSaysWhichAssessmentIsThere() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long existing = library.create(Assessment.newDraft("Skolebygg")).id();
            Assessment stored = library.find(existing).orElseThrow().assessment();
            Path file = write("igjen.bkj", stored.withConclusion("Skal ikke inn."));

            ImportOutcome outcome = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader())
                    .importFile(file, DuplicateChoice.always(Decision.SKIP));

            assertThat(outcome.imported()).isFalse();
            assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(NB.format(p.message()))
                    .contains("finnes allerede").contains("Skolebygg").contains("id " + existing));
            assertThat(library.list()).hasSize(1);
            assertThat(library.find(existing).orElseThrow().assessment()).isEqualTo(stored);
        }
    }

    /** A file opened from the file manager that is not known as a file, but whose assessment is, asks too. */
    @Test
    void openingAFileWhoseAssessmentIsThereUnderAnotherFileAsks() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long existing = library.create(Assessment.newDraft("Skolebygg")).id();
            Path file = write("via-epost.bkj", library.find(existing).orElseThrow().assessment().withConclusion("Ny."));
            ImportAssessments importer = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader());

            ImportOutcome outcome = importer.openOrImport(file, DuplicateChoice.always(Decision.UPDATE_EXISTING));
            ImportOutcome again = importer.openOrImport(file, NEVER_ASKED);

            assertThat(outcome.id()).hasValue(existing);
            assertThat(again.alreadyThere()).isTrue();
            assertThat(again.id()).hasValue(existing);
        }
    }

    /** Issue 20: the file cannot hold dismissed hints or the note on small conflicts, so updating from a file keeps the library's. */
    @Test
    void updatingFromAFileKeepsTheDismissedHintsAndTheNoteOnSmallConflicts() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long existing = library.create(Assessment.newDraft("Vindkraft")
                    .withDismissedHint(new no.baerekraftsjekk.domain.HintDismissal(List.of(8, 14), 14, "Ingen sjø."))
                    .withMinorConflictsNote("Små konflikter følges opp.")).id();
            Path file = write("oppdatert.bkj", library.find(existing).orElseThrow().assessment().withConclusion("Ny."));

            new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader())
                    .importFile(file, DuplicateChoice.always(Decision.UPDATE_EXISTING));

            Assessment updated = library.find(existing).orElseThrow().assessment();
            assertThat(updated.conclusion()).isEqualTo("Ny.");
            assertThat(updated.dismissedHints()).extracting(no.baerekraftsjekk.domain.HintDismissal::reason).containsExactly("Ingen sjø.");
            assertThat(updated.minorConflictsNote()).isEqualTo("Små konflikter følges opp.");
        }
    }

    @Test
    void anApprovedFileThatIsNotReadyBecomesADraftAndItsApprovalAReviewAskedFor() throws Exception {
        Assessment approved = Assessment.newDraft("Godkjent for tidlig").withStatus(Status.COMPLETE)
                .withReview(new Review(ReviewStatus.APPROVED, "Ola Leder", java.time.LocalDate.of(2027, 1, 20), "Fint."));
        Path file = write("godkjent.bkj", approved);
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            ImportOutcome outcome = new ImportAssessments(library, AssessmentAnalyzer.standard(), new BkjReader())
                    .importFile(file, NEVER_ASKED);

            Assessment stored = library.find(outcome.id().orElseThrow()).orElseThrow().assessment();
            assertThat(outcome.warnings()).extracting(NB::format).anySatisfy(w -> assertThat(w).contains("utkast"))
                    .anySatisfy(w -> assertThat(w).contains("godkjent").contains("kvalitetssikres på nytt"));
            assertThat(stored.status()).isEqualTo(Status.DRAFT);
            assertThat(stored.review()).isEqualTo(new Review(ReviewStatus.REQUESTED, "Ola Leder",
                    java.time.LocalDate.of(2027, 1, 20), "Fint."));
        }
    }

    private Path write(String name, Assessment assessment) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, new BkjWriter().write(assessment));
        return file;
    }

    /** A version 1 file, as written before assessments had an id: importing it twice makes two. */
    private Path writtenExample() throws Exception {
        Path file = folder.resolve("sak.bkj");
        Files.write(file, new BkjWriter().write(Fixtures.fullAssessment(), 1));
        return file;
    }
}
