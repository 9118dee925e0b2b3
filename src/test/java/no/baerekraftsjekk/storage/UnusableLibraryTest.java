package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryUnusableException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file that is not a usable library is refused before anything is written, and stays byte for byte as it was. */
class UnusableLibraryTest {
    @TempDir
    Path folder;

    interface Maker {
        void make(Path file) throws Exception;
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of("random bytes", Problem.NOT_A_DATABASE, (Maker) file -> Files.write(file, randomBytes(10_000))),
                Arguments.of("a text file", Problem.NOT_A_DATABASE, (Maker) file -> Files.writeString(file, "Dette er et notat.\n")),
                Arguments.of("a SQLite header followed by garbage", Problem.DAMAGED, (Maker) file -> {
                    byte[] bytes = randomBytes(8192);
                    System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 16);
                    Files.write(file, bytes);
                }),
                Arguments.of("a library truncated to a third", Problem.DAMAGED, (Maker) file -> {
                    fullLibrary(file);
                    byte[] bytes = Files.readAllBytes(file);
                    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
                }),
                Arguments.of("a library with pages overwritten", Problem.DAMAGED, (Maker) file -> {
                    fullLibrary(file);
                    byte[] bytes = Files.readAllBytes(file);
                    byte[] noise = randomBytes(bytes.length);
                    System.arraycopy(noise, 0, bytes, 4096, bytes.length - 4096);
                    Files.write(file, bytes);
                }),
                // Found only by reading every page (the check reads them through a memory map).
                Arguments.of("a library with one page in the middle overwritten", Problem.DAMAGED, (Maker) file -> {
                    fullLibrary(file);
                    byte[] bytes = Files.readAllBytes(file);
                    int middle = bytes.length / 4096 / 2 * 4096;
                    System.arraycopy(randomBytes(4096), 0, bytes, middle, 4096);
                    Files.write(file, bytes);
                }),
                Arguments.of("another program's SQLite database", Problem.FOREIGN, (Maker) file -> {
                    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
                        s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
                        s.execute("INSERT INTO customers (name) VALUES ('Ola')");
                    }
                }),
                Arguments.of("a library of a newer version", Problem.NEWER_VERSION, (Maker) file -> {
                    fullLibrary(file);
                    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
                        s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                                + " installed_by, installed_on, execution_time, success) VALUES (99, '"
                                + (Migrations.LATEST_VERSION + 1) + "', 'future', 'SQL', 'V9__future.sql', 0, 'x', CURRENT_TIMESTAMP, 0, 1)");
                    }
                }),
                Arguments.of("a library left half-migrated", Problem.NEWER_VERSION, (Maker) file -> {
                    fullLibrary(file);
                    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
                        s.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = '3'");
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void isRefusedWithANorwegianMessageNamingTheFileAndIsLeftExactlyAsItWas(String what, Problem problem, Maker maker) throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        maker.make(file);
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = listing();

        LibraryUnusableException refused = catchThrowableOfType(LibraryUnusableException.class, () -> SqliteLibrary.open(file));

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.problem()).isEqualTo(problem);
        assertThat(refused.file()).isEqualTo(file.toAbsolutePath());
        assertThat(Texts.of(Language.NB).explain(refused)).contains(file.toAbsolutePath().toString()).contains("Filen er ikke endret");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing()).isEqualTo(filesBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFiles")
    void makesTheCommandLineExitOneWithTheSameMessage(String what, Problem problem, Maker maker) throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        maker.make(file);
        byte[] before = Files.readAllBytes(file);
        String expected = Texts.of(Language.NB).explain(catchThrowableOfType(LibraryUnusableException.class, () -> SqliteLibrary.open(file)));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = no.baerekraftsjekk.cli.Cli.run(new String[] {"list", "--db", file.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer.standard(), SqliteLibrary::open);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(expected);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsANewLibrary() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        Files.createFile(file);
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            assertThat(library.list()).isEmpty();
            library.create(Assessment.newDraft("Ny"));
        }
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void startingANewLibraryLeavesTheBrokenOneUntouchedAndIsRememberedForTheNextStart() throws Exception {
        Path home = folder.resolve("bibliotek.sqlite");
        Files.write(home, randomBytes(5000));
        byte[] before = Files.readAllBytes(home);
        LibraryRecovery recovery = new LibraryRecovery(home);

        Path fresh = recovery.startNewLibrary();
        try (SqliteLibrary library = SqliteLibrary.open(fresh)) {
            library.create(Assessment.newDraft("Etter feilen"));
        }

        assertThat(fresh.getFileName().toString()).isEqualTo("bibliotek-2.sqlite");
        assertThat(new LibraryRecovery(home).current()).isEqualTo(fresh);
        assertThat(Files.readAllBytes(home)).isEqualTo(before);
        try (SqliteLibrary library = SqliteLibrary.open(new LibraryRecovery(home).current())) {
            assertThat(library.list()).extracting(AssessmentSummary::title).containsExactly("Etter feilen");
        }
    }

    @Test
    void restoringABackupWhenTheLibraryIsBrokenMakesANewLibraryBesideItAndLeavesTheBrokenOneUntouched() throws Exception {
        Path home = folder.resolve("bibliotek.sqlite");
        try (SqliteLibrary library = SqliteLibrary.open(home)) {
            library.create(Fixtures.fullAssessment());
        }
        try (SqliteLibrary library = SqliteLibrary.open(home)) {
            assertThat(library.list()).hasSize(1); // the second open takes the day's backup
        }
        Files.write(home, randomBytes(5000));
        Files.deleteIfExists(Path.of(home + "-wal"));
        byte[] broken = Files.readAllBytes(home);
        LibraryRecovery recovery = new LibraryRecovery(home);

        Path restored = recovery.restore(recovery.backups().get(0));

        assertThat(restored).isNotEqualTo(home.toAbsolutePath());
        assertThat(Files.readAllBytes(home)).isEqualTo(broken);
        try (SqliteLibrary library = SqliteLibrary.open(new LibraryRecovery(home).current())) {
            assertThat(library.find(library.list().get(0).id()).orElseThrow().assessment()).isEqualTo(Fixtures.fullAssessment());
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    static void fullLibrary(Path file) {
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            for (int i = 0; i < 20; i++) {
                library.create(Fixtures.fullAssessment());
            }
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }
}
