package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {
    private static final Texts NB = Texts.of(Language.NB);

    @TempDir
    Path folder;

    @Test
    void storesEveryFieldOfAFullAssessmentAndReadsItBackEqual() {
        Assessment full = Fixtures.fullVersion2Assessment();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long id = library.create(full).id();
            assertThat(library.find(id)).get().extracting(StoredAssessment::assessment).isEqualTo(full);
        }
        try (SqliteLibrary reopened = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            assertThat(reopened.list()).hasSize(1);
            assertThat(reopened.find(reopened.list().get(0).id()).orElseThrow().assessment()).isEqualTo(full);
        }
    }

    @Test
    void anAssessmentWithoutAnIdIsGivenOneWhenStoredAndKeepsItThroughSaves() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            Assessment withoutId = Fixtures.fullAssessment().withId(null);
            StoredAssessment created = library.create(withoutId);

            java.util.UUID given = created.assessment().id();
            assertThat(given).isNotNull();
            assertThat(created.assessment()).isEqualTo(withoutId.withId(given));
            assertThat(library.find(created.id()).orElseThrow().assessment()).isEqualTo(created.assessment());

            library.save(created.id(), withoutId.withConclusion("Uten id i hånden."));
            assertThat(library.find(created.id()).orElseThrow().assessment().id()).isEqualTo(given);
            assertThat(library.findByAssessmentId(given)).hasValue(created.id());
        }
    }

    @Test
    void findsAnAssessmentByItsIdentityButNotInTheBin() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            Assessment draft = Assessment.newDraft("Med id");
            long id = library.create(draft).id();
            library.create(Assessment.newDraft("En annen"));

            assertThat(library.findByAssessmentId(draft.id())).hasValue(id);
            assertThat(library.findByAssessmentId(java.util.UUID.randomUUID())).isEmpty();
            library.delete(id);
            assertThat(library.findByAssessmentId(draft.id())).isEmpty();
        }
    }

    @Test
    void reopeningAnApprovedAssessmentWithdrawsTheApprovalAndTheLibraryKeepsThat() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            Assessment approved = Assessment.newDraft("Godkjent").withStatus(Status.COMPLETE)
                    .withReview(new Review(ReviewStatus.APPROVED, "Ola Leder", java.time.LocalDate.of(2027, 1, 20), ""));
            long id = library.create(approved).id();
            assertThat(library.find(id).orElseThrow().assessment().review().isApproved()).isTrue();

            library.save(id, approved.withStatus(Status.DRAFT));

            assertThat(library.find(id).orElseThrow().assessment().review())
                    .isEqualTo(new Review(ReviewStatus.REQUESTED, "Ola Leder", java.time.LocalDate.of(2027, 1, 20), ""));
        }
    }

    @Test
    void saveReplacesTheWholeAssessmentAndKeepsCreatedTime() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            StoredAssessment first = library.create(Fixtures.fullAssessment());
            Assessment changed = Assessment.newDraft("Bare tittel");
            StoredAssessment saved = library.save(first.id(), changed);
            assertThat(library.find(first.id()).orElseThrow().assessment()).isEqualTo(changed);
            assertThat(saved.created()).isEqualTo(first.created());
        }
    }

    @Test
    void savingAnAssessmentThatDoesNotExistSaysSoInNorwegian() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            assertThatThrownBy(() -> library.save(42, Assessment.newDraft("x")))
                    .isInstanceOf(LibraryException.class).extracting(NB::explain, STRING).contains("Finner ikke vurdering nr. 42");
        }
    }

    @Test
    void searchFindsEveryWordIgnoringCaseAlsoForNorwegianLetters() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long school = library.create(Fixtures.fullAssessment()).id();
            library.create(Assessment.newDraft("Vindkraft på Østfjellet"));
            assertThat(library.search("nordbyhagen BARNESKOLE")).extracting(AssessmentSummary::id).containsExactly(school);
            assertThat(library.search("ØSTFJELLET")).extracting(AssessmentSummary::title).containsExactly("Vindkraft på Østfjellet");
            assertThat(library.search("erstatningsareal")).extracting(AssessmentSummary::id).containsExactly(school);
            assertThat(library.search("  ")).hasSize(2);
            assertThat(library.search("finnes-ikke")).isEmpty();
        }
    }

    @Test
    void deleteMovesToTheBinAndRestoreBringsItBack() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long id = library.create(Fixtures.fullAssessment()).id();
            library.delete(id);
            assertThat(library.list()).isEmpty();
            assertThat(library.find(id)).isEmpty();
            library.restore(id);
            assertThat(library.list()).extracting(AssessmentSummary::id).containsExactly(id);
        }
    }

    @Test
    void listShowsTheMostRecentlyChangedFirst() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long a = library.create(Assessment.newDraft("A")).id();
            long b = library.create(Assessment.newDraft("B")).id();
            library.save(a, Assessment.newDraft("A endret").withStatus(Status.COMPLETE));
            assertThat(library.list()).extracting(AssessmentSummary::id).containsExactly(a, b);
            assertThat(library.list().get(0).status()).isEqualTo(Status.COMPLETE);
        }
    }

    @Test
    void opensALibraryMadeByTheFirstSchemaAndKeepsItsAssessmentsSearchable() throws Exception {
        Path file = folder.resolve("old.sqlite");
        Migrations.apply(file, MigrationVersion.fromVersion("1"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO assessment (id, title, case_number, case_type, unit, status, created_at, changed_at) "
                    + "VALUES (7, 'Gammel sak om Ørsta', '2020/1', 'PLAN', 'Plan', 'COMPLETE', '2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z')");
            sql.executeUpdate("INSERT INTO goal_assessment (assessment_id, goal, relevance, positive, negative, targets, justification) "
                    + "VALUES (7, 15, 'DIRECT', 0, 2, '15.1,15.5', 'Myr blir nedbygd')");
        }
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            assertThat(library.list()).extracting(AssessmentSummary::title).containsExactly("Gammel sak om Ørsta");
            assertThat(library.search("ØRSTA myr")).extracting(AssessmentSummary::id).containsExactly(7L);
            var goal = library.find(7).orElseThrow().assessment().goal(15).orElseThrow();
            assertThat(goal.negative()).isEqualTo(2);
            assertThat(goal.targets()).containsExactly("15.1", "15.5");
        }
    }
}
