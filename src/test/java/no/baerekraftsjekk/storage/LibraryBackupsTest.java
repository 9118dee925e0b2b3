package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.baerekraftsjekk.cli.Cli;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryBackupsTest {
    private static final Texts NB = Texts.of(Language.NB);

    /**
     * Years back: a backup also counts for its day when its file was changed that day, and the
     * files these tests make are changed on the real day. Days near the real one made a test fail
     * on the day the clock reached it (on 3 December 2026, day ten).
     */
    private static final Instant DAY_ONE = Instant.parse("2020-11-23T12:00:00Z");

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("bibliotek.sqlite");
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private LibraryBackups backups() {
        return LibraryBackups.of(file());
    }

    @Test
    void aLibraryOfAnOlderSchemaIsBackedUpBeforeItIsMigrated() throws Exception {
        Migrations.apply(file().toAbsolutePath(), MigrationVersion.fromVersion("2"));

        SqliteLibrary.open(file(), at(DAY_ONE)).close();

        assertThat(backups().list()).hasSize(1);
        assertThat(schemaVersion(backups().list().get(0).file())).isEqualTo(2);
        assertThat(backups().list().get(0).file().getParent()).isEqualTo(folder.resolve("sikkerhetskopier").toAbsolutePath());
    }

    @Test
    void takesOneBackupADayOfUseAndNoneOfANewEmptyLibrary() {
        SqliteLibrary.open(file(), at(DAY_ONE)).close();
        assertThat(backups().list()).isEmpty();

        SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(60))).close();
        SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(120))).close();
        assertThat(backups().list()).hasSize(1);

        SqliteLibrary.open(file(), at(DAY_ONE.plus(Duration.ofDays(1)))).close();
        assertThat(backups().list()).hasSize(2);
    }

    @Test
    void theWindowTakesTheDaysBackupOnceTheLibraryIsOpenAndOnlyOnce() throws Exception {
        try (SqliteLibrary first = SqliteLibrary.open(file(), at(DAY_ONE))) {
            first.create(Fixtures.fullAssessment());
        }

        try (SqliteLibrary library = SqliteLibrary.openWithoutDailyBackup(file(), at(DAY_ONE.plusSeconds(60)))) {
            assertThat(backups().list()).as("no copy on the way to the screen").isEmpty();
            assertThat(library.list()).hasSize(1);

            library.backUpIfNoneToday();
            library.backUpIfNoneToday();

            assertThat(backups().list()).hasSize(1);
            assertThat(titlesIn(backups().list().get(0).file())).containsExactly(library.list().get(0).title());
            assertThat(library.list()).as("the library is usable after").hasSize(1);
        }
        SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(120))).close();
        assertThat(backups().list()).as("the day has its backup").hasSize(1);
    }

    private static java.util.List<String> titlesIn(Path copy) throws Exception {
        java.util.List<String> titles = new java.util.ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + copy + "?mode=ro");
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT title FROM assessment WHERE deleted_at IS NULL")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }

    @Test
    void keepsTheLastSevenBackups() {
        SqliteLibrary.open(file(), at(DAY_ONE)).close();
        for (int day = 1; day <= 10; day++) {
            SqliteLibrary.open(file(), at(DAY_ONE.plus(Duration.ofDays(day)))).close();
        }
        assertThat(backups().list()).hasSize(LibraryBackups.KEEP);
        assertThat(backups().newest().orElseThrow().taken()).isEqualTo(DAY_ONE.plus(Duration.ofDays(10)));
        assertThat(backups().list()).allSatisfy(b -> assertThat(b.size()).isPositive());
    }

    @Test
    void restoreBringsBackTheBackupAndFirstBacksUpTheLibraryAsItWas() {
        long id;
        try (SqliteLibrary library = SqliteLibrary.open(file(), at(DAY_ONE))) {
            id = library.create(Assessment.newDraft("Versjon A")).id();
        }
        SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(60))).close(); // the day's backup holds A
        try (SqliteLibrary library = SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(120)))) {
            library.save(id, 1, Assessment.newDraft("Versjon B"));
        }
        LibraryBackups.Backup withA = backups().newest().orElseThrow();

        new LibraryRecovery(file()).restore(withA);

        try (SqliteLibrary library = SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(180)))) {
            assertThat(library.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Versjon A");
        }
        assertThat(backups().list()).hasSize(2);
        LibraryBackups.Backup withB = backups().newest().orElseThrow();
        new LibraryRecovery(file()).restore(withB);
        try (SqliteLibrary library = SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(240)))) {
            assertThat(library.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Versjon B");
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherProgramHasTheLibraryOpen() {
        try (SqliteLibrary library = SqliteLibrary.open(file(), at(DAY_ONE))) {
            library.create(Assessment.newDraft("A"));
        }
        SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(60))).close();
        try (SqliteLibrary open = SqliteLibrary.open(file(), at(DAY_ONE.plusSeconds(120)))) {
            open.create(Assessment.newDraft("B"));
            assertThatThrownBy(() -> new LibraryRecovery(file()).restore(backups().newest().orElseThrow()))
                    .isInstanceOf(LibraryException.class)
                    .extracting(NB::explain, STRING).contains("åpent i et annet program");
            assertThat(open.list()).hasSize(2);
        }
    }

    @Test
    void theCommandLineListsBackupsAndRestoresTheNewest() {
        long id;
        try (SqliteLibrary library = SqliteLibrary.open(file())) {
            id = library.create(Assessment.newDraft("Før")).id();
        }
        SqliteLibrary.open(file()).close();
        try (SqliteLibrary library = SqliteLibrary.open(file())) {
            library.save(id, 1, Assessment.newDraft("Etter"));
        }

        String listed = run(0, "restore", "--list", "--db", file().toString());
        assertThat(listed).contains("bibliotek-").contains(".sqlite\t").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\t\\d+");

        String restored = run(0, "restore", "--db", file().toString());
        assertThat(restored).contains("Gjenopprettet");
        try (SqliteLibrary library = SqliteLibrary.open(file())) {
            assertThat(library.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Før");
        }
        run(1, "restore", "finnes-ikke.sqlite", "--db", file().toString());
    }

    @Test
    void theCommandLineRestoresBesideALibraryThatCannotBeUsedAndLeavesItUntouched() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(file())) {
            library.create(Assessment.newDraft("Reddet"));
        }
        SqliteLibrary.open(file()).close();
        byte[] broken = "ikke en database".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(file(), broken);

        run(1, "list", "--db", file().toString());
        String restored = run(0, "restore", "--db", file().toString());
        String listed = run(0, "list", "--db", file().toString());

        assertThat(restored).contains("kunne ikke brukes og er ikke endret").contains("bibliotek-2.sqlite");
        assertThat(listed).contains("Reddet");
        assertThat(Files.readAllBytes(file())).isEqualTo(broken);
    }

    private String run(int expectedCode, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                AssessmentAnalyzer.standard(), SqliteLibrary::open);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedCode);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int schemaVersion(Path backup) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = db.createStatement();
                ResultSet row = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
            return row.getInt(1);
        }
    }
}
