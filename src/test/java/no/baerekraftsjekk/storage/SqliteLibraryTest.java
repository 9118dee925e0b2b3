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

/** What only the SQLite library does; what every library does is in {@link AssessmentLibraryContract}. */
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

    /** Step 7 remembers that a report was made: the latest time is kept per assessment, across a reopen. */
    @Test
    void theLatestReportOfAnAssessmentIsRememberedAcrossAReopen() {
        java.time.Instant first = java.time.Instant.parse("2026-12-01T10:00:00Z");
        java.time.Instant later = java.time.Instant.parse("2026-12-02T08:30:00Z");
        long reported;
        long other;
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            reported = library.create(Assessment.newDraft("Rapportert")).id();
            other = library.create(Assessment.newDraft("Ikke rapportert")).id();
            assertThat(library.lastReport(reported)).isEmpty();
            library.rememberReport(reported, first);
            library.rememberReport(reported, later);
        }
        try (SqliteLibrary reopened = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            assertThat(reopened.lastReport(reported)).hasValue(later);
            assertThat(reopened.lastReport(other)).isEmpty();
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

            library.save(created.id(), created.version(), withoutId.withConclusion("Uten id i hånden."));
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
            StoredAssessment stored = library.create(approved);
            long id = stored.id();
            assertThat(library.find(id).orElseThrow().assessment().review().isApproved()).isTrue();

            library.save(id, stored.version(), approved.withStatus(Status.DRAFT));

            assertThat(library.find(id).orElseThrow().assessment().review())
                    .isEqualTo(new Review(ReviewStatus.REQUESTED, "Ola Leder", java.time.LocalDate.of(2027, 1, 20), ""));
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

    @Test
    void twoProgramsOnOneLibraryCannotOverwriteEachOthersSavesAndTheRefusalSaysWho() {
        Path file = folder.resolve("lib.sqlite");
        try (SqliteLibrary kari = SqliteLibrary.open(file, java.time.Clock.systemUTC(), "kari");
                SqliteLibrary ola = SqliteLibrary.open(file, java.time.Clock.systemUTC(), "ola")) {
            long id = kari.create(Assessment.newDraft("Felles sak")).id();
            StoredAssessment karis = kari.save(id, 1, Assessment.newDraft("Karis versjon"));

            assertThatThrownBy(() -> ola.save(id, 1, Assessment.newDraft("Olas versjon")))
                    .isInstanceOfSatisfying(StaleSaveException.class, stale -> {
                        assertThat(stale.changedBy()).isEqualTo("kari");
                        assertThat(stale.currentVersion()).isEqualTo(2);
                    })
                    .satisfies(e -> assertThat(NB.explain(e)).contains("ble lagret av kari"));
            assertThat(ola.find(id)).contains(karis);
            assertThat(ola.save(id, 2, Assessment.newDraft("Olas versjon")).changedBy()).isEqualTo("ola");
            assertThat(kari.find(id).orElseThrow().changedBy()).isEqualTo("ola");
        }
    }

    @Test
    void assessmentsStoredBeforeVersionedSavesBecomeVersionOneAndCanBeSaved() throws Exception {
        Path file = folder.resolve("old.sqlite");
        Migrations.apply(file, MigrationVersion.fromVersion("4"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO assessment (id, title, case_type, status, created_at, changed_at) "
                    + "VALUES (3, 'Før versjoner', 'PLAN', 'DRAFT', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z')");
        }
        try (SqliteLibrary library = SqliteLibrary.open(file, java.time.Clock.systemUTC(), "kari")) {
            StoredAssessment old = library.find(3).orElseThrow();
            assertThat(old.version()).isEqualTo(1);
            assertThat(old.changedBy()).isEmpty();
            StoredAssessment saved = library.save(3, 1, old.assessment().withConclusion("Lagret etter oppdatering."));
            assertThat(saved.version()).isEqualTo(2);
            assertThat(library.find(3)).contains(saved);
        }
    }
}
