package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentScanTest {
    @TempDir
    Path folder;

    @Test
    void everyAssessmentNotDeletedComesOnceEqualToWhatFindReads() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            long full = library.create(Fixtures.fullAssessment()).id();
            long deleted = library.create(Fixtures.fullAssessment().withConclusion("Slettet")).id();
            long empty = library.create(Assessment.newDraft("Bare tittel")).id();
            long last = library.create(Fixtures.fullAssessment().withConclusion("Siste")).id();
            library.delete(deleted);

            List<StoredAssessment> seen = new ArrayList<>();
            library.forEachAssessment(seen::add);

            assertThat(seen).extracting(StoredAssessment::id).containsExactlyInAnyOrder(full, empty, last);
            for (StoredAssessment stored : seen) {
                assertThat(stored).isEqualTo(library.find(stored.id()).orElseThrow());
            }
        }
    }

    @Test
    void theRatingsScanGivesTheSameCaseFactsRatingsAndWeighedConflictsWithoutTheTexts() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            List<Assessment> stored = new ArrayList<>(no.baerekraftsjekk.domain.portfolio.PortfolioFixtures.assessments(60, 3));
            stored.add(Fixtures.fullAssessment());
            stored.add(Fixtures.fullAssessment().withHandling(no.baerekraftsjekk.domain.ConflictHandling.of(List.of(3, 8), " \t\n", "")));
            stored.add(Assessment.newDraft("Tom"));
            stored.forEach(library::create);
            assertTheScanMatchesAFullRead(library);
        }
    }

    /** The triggers of V10 keep the joined ratings right through saves that change, drop and add goals and handlings. */
    @Test
    void theRatingsScanFollowsSavesThatChangeRatingsAndHandlings() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            List<Assessment> made = no.baerekraftsjekk.domain.portfolio.PortfolioFixtures.assessments(20, 11);
            List<StoredAssessment> stored = new ArrayList<>();
            made.forEach(a -> stored.add(library.create(a)));
            java.util.Random random = new java.util.Random(5);
            for (StoredAssessment s : stored) {
                Assessment a = s.assessment();
                Assessment changed = switch (random.nextInt(4)) {
                    case 0 -> a.withGoal(no.baerekraftsjekk.domain.GoalAssessment.screened(1 + random.nextInt(17),
                            no.baerekraftsjekk.domain.Relevance.DIRECT).withRatings(random.nextInt(4), random.nextInt(4)));
                    case 1 -> new Assessment(a.caseInfo(), java.util.Map.of(), a.dimensionTexts(), List.of(), a.collaboration(),
                            a.conclusion(), a.status());
                    case 2 -> a.withHandling(no.baerekraftsjekk.domain.ConflictHandling.of(List.of(2, 9), "Veid mot hverandre.", ""));
                    default -> a.withHandling(no.baerekraftsjekk.domain.ConflictHandling.of(List.of(2, 9), "  ", ""));
                };
                library.save(s.id(), s.version(), changed);
            }
            library.delete(stored.get(3).id());
            assertTheScanMatchesAFullRead(library);
        }
    }

    /** V10 joins the ratings of assessments saved before it. */
    @Test
    void aLibraryFromBeforeTheJoinedRatingsIsScannedRightAfterTheUpdate() throws Exception {
        Path file = folder.resolve("lib.sqlite");
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            no.baerekraftsjekk.domain.portfolio.PortfolioFixtures.assessments(30, 17).forEach(library::create);
            library.create(Fixtures.fullAssessment());
        }
        // As a library of the previous version: no joined columns, no triggers, V10 not applied.
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = db.createStatement()) {
            for (String trigger : List.of("goal_assessment_added", "goal_assessment_changed", "goal_assessment_removed",
                    "conflict_handling_added", "conflict_handling_changed", "conflict_handling_removed")) {
                s.execute("DROP TRIGGER " + trigger);
            }
            s.execute("ALTER TABLE assessment DROP COLUMN ratings");
            s.execute("ALTER TABLE assessment DROP COLUMN weighed");
            s.execute("DELETE FROM flyway_schema_history WHERE version = '10'");
        }
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            assertTheScanMatchesAFullRead(library);
        }
    }

    @Test
    void timesAreReadAsInstantParseReadsThem() {
        for (String text : List.of("2026-12-02T12:37:17.771704459Z", "2026-12-02T12:37:17Z", "2026-01-31T23:59:59.5Z",
                "1999-02-28T00:00:00.120Z", "2026-12-02T12:37:17.771704Z", "+12026-12-02T12:37:17Z")) {
            assertThat(StoredTimes.instant(text)).as(text).isEqualTo(java.time.Instant.parse(text));
        }
    }

    @Test
    void datesAreReadAsLocalDateParseReadsThem() {
        for (String text : List.of("2026-11-23", "2024-02-29", "1999-12-31", "+12026-01-01")) {
            assertThat(StoredTimes.date(text)).as(text).isEqualTo(java.time.LocalDate.parse(text));
        }
        assertThat(StoredTimes.date(null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoredTimes.date("2026-02-30"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    private static void assertTheScanMatchesAFullRead(SqliteLibrary library) {
        List<StoredAssessment> full = new ArrayList<>();
        List<StoredAssessment> ratings = new ArrayList<>();
        library.forEachAssessment(full::add);
        library.forEachRatings(ratings::add);
        full.sort(java.util.Comparator.comparingLong(StoredAssessment::id));
        ratings.sort(java.util.Comparator.comparingLong(StoredAssessment::id));

        assertThat(ratings).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            Assessment a = full.get(i).assessment();
            Assessment r = ratings.get(i).assessment();
            assertThat(ratings.get(i).id()).isEqualTo(full.get(i).id());
            assertThat(ratings.get(i).created()).isEqualTo(full.get(i).created());
            assertThat(r.caseInfo().title()).isEqualTo(a.caseInfo().title());
            assertThat(r.caseInfo().unit()).isEqualTo(a.caseInfo().unit());
            assertThat(r.caseInfo().organisation()).isEqualTo(a.caseInfo().organisation());
            assertThat(r.caseInfo().caseType()).isEqualTo(a.caseInfo().caseType());
            assertThat(r.caseInfo().date()).isEqualTo(a.caseInfo().date());
            assertThat(r.caseInfo().isExempt()).isEqualTo(a.caseInfo().isExempt());
            assertThat(r.status()).isEqualTo(a.status());
            assertThat(r.caseInfo().committee()).isEqualTo(a.caseInfo().committee());
            assertThat(r.caseInfo().meetingDate()).isEqualTo(a.caseInfo().meetingDate());
            assertThat(r.optionalReview().map(x -> x.status())).isEqualTo(a.optionalReview().map(x -> x.status()));
            assertThat(ratings.get(i).version()).isEqualTo(full.get(i).version());
            assertThat(r.goals().keySet()).isEqualTo(a.goals().keySet());
            a.goals().forEach((goal, g) -> {
                assertThat(r.goals().get(goal).relevance()).isEqualTo(g.relevance());
                assertThat(r.goals().get(goal).positive()).isEqualTo(g.positive());
                assertThat(r.goals().get(goal).negative()).isEqualTo(g.negative());
            });
            assertThat(r.conflicts().stream().map(c -> c.goals()).toList())
                    .isEqualTo(a.conflicts().stream().filter(c -> c.isHandled()).map(c -> c.goals()).toList());
            assertThat(r.conclusion()).isEmpty();
            assertThat(r.caseInfo().description()).isEmpty();
        }
    }
}
