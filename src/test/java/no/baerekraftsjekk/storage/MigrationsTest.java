package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    /** Flyway's checksums (CRC32 over the lines) of V1__assessments.sql, V2__bin_and_search.sql, V4__known_files.sql and V6__versioned_saves.sql. */
    private static final Integer PINNED_V1 = 1355758790;
    private static final Integer PINNED_V2 = -288357517;
    private static final Integer PINNED_V4 = -1800077822;
    /** V5__format_version_2.sql (format-v2 branch). */
    private static final Integer PINNED_V5 = 1229501341;
    private static final Integer PINNED_V6 = -1875660515;
    /** V7__hint_dismissals.sql (conflicts branch). */
    private static final Integer PINNED_V7 = -764685058;
    /** V8__alternatives.sql (alternatives branch). */
    private static final Integer PINNED_V8 = -246557124;
    /** V9__reports_made.sql (window-small branch). */
    private static final Integer PINNED_V9 = 733587039;
    /** V10__portfolio_ratings.sql (portfolio-perf branch). */
    private static final Integer PINNED_V10 = 343871596;

    @TempDir
    Path folder;

    /** The inspection refuses libraries above LATEST_VERSION; a new migration must raise it, or its own libraries would be refused. */
    @Test
    void theLatestVersionKnownIsTheHighestMigrationApplied() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        SqliteLibrary.open(file).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
                ResultSet row = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            assertThat(row.getInt(1)).isEqualTo(Migrations.LATEST_VERSION);
        }
    }

    /**
     * A library at the newest schema opens without Flyway, so Flyway no longer checks on every
     * start that the migrations it once ran are unchanged. This test does: a released migration
     * must never be edited (add a new one), and its checksum is pinned here.
     */
    @Test
    void releasedMigrationsAreNeverEdited() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        SqliteLibrary.open(file).close();
        Map<String, Integer> checksums = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT version, checksum FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getObject(2) == null ? null : rows.getInt(2));
            }
        }
        assertThat(checksums).containsOnlyKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
                .containsEntry("1", PINNED_V1).containsEntry("2", PINNED_V2).containsEntry("4", PINNED_V4)
                .containsEntry("5", PINNED_V5).containsEntry("6", PINNED_V6)
                .containsEntry("7", PINNED_V7).containsEntry("8", PINNED_V8).containsEntry("9", PINNED_V9)
                .containsEntry("10", PINNED_V10);
    }

    /** V5: assessments stored before format version 2 each get an identity of their own, in canonical form. */
    @Test
    void assessmentsStoredBeforeVersion2AreGivenDistinctCanonicalIds() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        Migrations.apply(file, org.flywaydb.core.api.MigrationVersion.fromVersion("4"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            for (int i = 0; i < 50; i++) {
                s.executeUpdate("INSERT INTO assessment (title, created_at, changed_at) VALUES ('Sak " + i
                        + "', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')");
            }
        }
        java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            for (AssessmentSummary summary : library.list()) {
                var assessment = library.find(summary.id()).orElseThrow().assessment();
                assertThat(assessment.id()).isNotNull();
                assertThat(assessment.id().toString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
                assertThat(assessment.language()).isEqualTo(no.baerekraftsjekk.domain.text.Language.NB);
                assertThat(assessment.review()).isNull();
                ids.add(assessment.id());
                assertThat(library.findByAssessmentId(assessment.id())).hasValue(summary.id());
            }
        }
        assertThat(ids).hasSize(50);
    }

    /** Repeatable migrations would never run on a current library, which skips Flyway: there must be none. */
    @Test
    void thereAreOnlyVersionedMigrations() throws Exception {
        Path migrations = Path.of(MigrationsTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(name -> name.startsWith("V"));
        }
    }
}
