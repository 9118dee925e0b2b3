package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.baerekraftsjekk.cli.Cli;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore scenarios of issue 23, through the command line as a caseworker would run them. After
 * each, every assessment that existed before is still in the library or in a backup that opens.
 */
class RestoreScenariosTest {
    private static final Instant DAY_ONE = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path folder;

    private String out;
    private String err;

    @BeforeEach
    void shortLockWait() {
        System.setProperty("baerekraftsjekk.lockWaitMillis", "300");
    }

    @AfterEach
    void normalLockWait() {
        System.clearProperty("baerekraftsjekk.lockWaitMillis");
    }

    private Path file() {
        return folder.resolve("bibliotek.sqlite");
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Eight days of use, one assessment a day: seven daily backups, the oldest holding only A1. */
    private Set<String> eightDaysOfUse() {
        for (int day = 1; day <= 8; day++) {
            try (SqliteLibrary library = SqliteLibrary.open(file(), at(DAY_ONE.plus(Duration.ofDays(day - 1))))) {
                library.create(Assessment.newDraft("A" + day));
            }
        }
        assertThat(backups()).hasSize(LibraryBackups.KEEP);
        return titlesIn(file());
    }

    private List<LibraryBackups.Backup> backups() {
        return LibraryBackups.of(file()).list();
    }

    @Test
    void restoringTheOldestOfSevenKeepsItAndTheUndoBackup() {
        Set<String> before = eightDaysOfUse();
        LibraryBackups.Backup oldest = backups().get(backups().size() - 1);

        assertThat(run("restore", oldest.file().getFileName().toString())).as(err).isZero();

        assertThat(titlesIn(file())).containsExactly("A1");
        assertThat(oldest.file()).exists();
        assertEverythingKept(before);
    }

    @Test
    void aRestoreRefusedBecauseTheLibraryIsOpenChangesNothingEvenTwice() throws Exception {
        Set<String> before = eightDaysOfUse();
        LibraryBackups.Backup oldest = backups().get(backups().size() - 1);
        List<Path> backupsBefore = backups().stream().map(LibraryBackups.Backup::file).toList();
        try (SqliteLibrary open = SqliteLibrary.open(file())) {
            open.create(Assessment.newDraft("Åpen"));
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(run("restore", oldest.file().getFileName().toString())).isEqualTo(1);
                assertThat(err).contains("åpent i et annet program");
            }
            assertThat(backups().stream().map(LibraryBackups.Backup::file).toList()).isEqualTo(backupsBefore);
        }
        assertThat(titlesIn(file())).contains("Åpen").containsAll(before);
        assertEverythingKept(before);
    }

    @Test
    void backupsDatedInTheFutureNeitherStopDailyBackupsNorPushOutTheUndoBackup() throws Exception {
        Set<String> before = eightDaysOfUse();
        // The clock was once set four years ahead: seven backups with names from 2030.
        int n = 0;
        for (LibraryBackups.Backup backup : backups()) {
            Files.move(backup.file(), backup.file().resolveSibling("bibliotek-2030010" + (++n) + "-120000-000.sqlite"));
        }
        Instant today = DAY_ONE.plus(Duration.ofDays(20));
        try (SqliteLibrary library = SqliteLibrary.open(file(), at(today))) {
            library.create(Assessment.newDraft("Etter klokkefeilen"));
        }
        assertThat(backups()).as("the day's backup is taken despite the future ones").hasSize(LibraryBackups.KEEP);
        assertThat(titlesIn(backups().get(0).file())).containsAll(before);
        Set<String> all = titlesIn(file());

        LibraryBackups.Backup chosen = backups().get(3);
        assertThat(run("restore", chosen.file().getFileName().toString())).as(err).isZero();

        assertThat(titlesIn(backups().get(0).file())).as("the undo backup is the newest and kept").isEqualTo(all);
        assertEverythingKept(all);
    }

    @Test
    void anEmptyNewestBackupIsRefusedAndTheNextGoodOneNamed() throws Exception {
        Set<String> before = eightDaysOfUse();
        String good = backups().get(0).file().getFileName().toString();
        Files.write(LibraryBackups.of(file()).folder().resolve("bibliotek-20291231-235959-999.sqlite"), new byte[0]);

        assertThat(run("restore")).isEqualTo(1);

        assertThat(err).contains("bibliotek-20291231-235959-999.sqlite").contains(good).doesNotContain("Gjenopprettet");
        assertThat(out).doesNotContain("Gjenopprettet");
        assertThat(titlesIn(file())).isEqualTo(before);
        assertEverythingKept(before);
    }

    @Test
    void aDamagedNewestBackupIsRefusedAndTheNextGoodOneNamed() throws Exception {
        Set<String> before = eightDaysOfUse();
        Path newest = backups().get(0).file();
        String good = backups().get(1).file().getFileName().toString();
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(run("restore")).isEqualTo(1);

        assertThat(err).contains(newest.getFileName().toString()).contains(good);
        assertThat(titlesIn(file())).isEqualTo(before);
        assertEverythingKept(before);
    }

    @Test
    void aLockedLibraryIsNeitherRestoredBesideNorCalledBroken() throws Exception {
        Set<String> before = eightDaysOfUse();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE assessment SET title = title");
            s.execute("COMMIT");

            assertThat(run("restore")).isEqualTo(1);
            assertThat(err).contains("låst");
            assertThat(run("list")).isEqualTo(1);
            assertThat(err).contains("låst").doesNotContain("ny, tom samling");
        }
        assertThat(folder.resolve("bibliotek-2.sqlite")).doesNotExist();
        assertThat(folder.resolve("bibliotek.sqlite.i-bruk")).doesNotExist();
        assertThat(titlesIn(file())).isEqualTo(before);
        assertEverythingKept(before);
    }

    @Test
    void aSymlinkedLibraryIsRestoredWhereTheLinkPoints() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("ekte"));
        Path real = elsewhere.resolve("bibliotek.sqlite");
        try (SqliteLibrary library = SqliteLibrary.open(real)) {
            library.create(Assessment.newDraft("Gammel"));
        }
        Files.createSymbolicLink(file(), real);
        SqliteLibrary.open(file(), at(Instant.now().minus(Duration.ofDays(2)))).close(); // a backup beside the link
        try (SqliteLibrary library = SqliteLibrary.open(file())) {
            library.create(Assessment.newDraft("Ny"));
        }
        Set<String> before = titlesIn(file());

        assertThat(run("restore")).as(err).isZero();

        assertThat(file()).isSymbolicLink();
        assertThat(titlesIn(real)).containsExactly("Gammel");
        assertEverythingKept(before);
    }

    private void assertEverythingKept(Set<String> titles) {
        Set<String> found = new HashSet<>(titlesIn(file()));
        for (LibraryBackups.Backup backup : backups()) {
            try {
                LibraryInspection.checkBackup(backup.file());
                found.addAll(titlesIn(backup.file()));
            } catch (LibraryException broken) {
                // a backup that does not open keeps nothing
            }
        }
        assertThat(found).containsAll(titles);
    }

    private static Set<String> titlesIn(Path library) {
        Set<String> titles = new TreeSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + library.toUri() + "?immutable=1");
                Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT title FROM assessment WHERE deleted_at IS NULL")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read " + library, e);
        }
        return titles;
    }

    private int run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = file().toString();
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Cli.run(all, new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8),
                AssessmentAnalyzer.standard(), SqliteLibrary::open);
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }
}
