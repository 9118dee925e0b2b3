package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.storage.LibraryBackups;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's side of issue 23: --out never writes over what it must not, locks and special files. */
class NothingLostCliTest {
    @TempDir
    Path folder;

    private String out;
    private String err;
    private Path db;

    @BeforeEach
    void library() {
        System.setProperty("baerekraftsjekk.lockWaitMillis", "300");
        db = folder.resolve("bibliotek.sqlite");
    }

    @AfterEach
    void normalLockWait() {
        System.clearProperty("baerekraftsjekk.lockWaitMillis");
    }

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private Path bkj(String name, Assessment assessment) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, new BkjWriter().write(assessment));
        return file;
    }

    private String imported() throws Exception {
        assertThat(run("import", bkj("full.bkj", Fixtures.fullAssessment()).toString(), "--db", db.toString())).as(err).isZero();
        return out.strip();
    }

    @Test
    void exportBkjRefusesToWriteOverTheOpenLibraryOrItsBackups() throws Exception {
        String id = imported();
        SqliteLibrary.open(db).close();
        byte[] library = Files.readAllBytes(db);

        assertThat(run("export-bkj", id, "--out", db.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err).contains("biblioteket");
        assertThat(Files.readAllBytes(db)).isEqualTo(library);

        Path link = Files.createSymbolicLink(folder.resolve("lenke.bkj"), db);
        assertThat(run("export-bkj", id, "--out", link.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(run("export", id, "--format", "pdf", "--out", folder.resolve("./x/../bibliotek.sqlite").toString(),
                "--db", db.toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(db)).isEqualTo(library);

        Path backups = folder.resolve(LibraryBackups.FOLDER);
        Files.createDirectories(backups);
        assertThat(run("export-bkj", id, "--out", backups.resolve("bibliotek-20261201-000000-000.sqlite").toString(),
                "--db", db.toString())).isEqualTo(1);
        assertThat(err).contains("sikkerhetskopier");
        try (SqliteLibrary reopened = SqliteLibrary.open(db)) {
            assertThat(reopened.list()).hasSize(1);
        }
    }

    @Test
    void exportRefusesToWriteOverTheFileItReads() throws Exception {
        Path source = bkj("kilde.bkj", Fixtures.fullAssessment());
        byte[] before = Files.readAllBytes(source);

        assertThat(run("export", source.toString(), "--format", "pdf", "--out", source.toString(), "--db", db.toString())).isEqualTo(1);

        assertThat(err).contains("filen som leses");
        assertThat(Files.readAllBytes(source)).isEqualTo(before);
    }

    @Test
    void outIntoAFolderThatDoesNotExistSaysSoInsteadOfWritingAFileNamedLikeIt() throws Exception {
        Path source = bkj("kilde.bkj", Fixtures.fullAssessment());

        assertThat(run("export", source.toString(), "--format", "pdf", "--out", folder.resolve("nymappe") + "/", "--db", db.toString()))
                .isEqualTo(1);

        assertThat(err).contains("nymappe").contains("finnes ikke");
        assertThat(folder.resolve("nymappe")).doesNotExist();
    }

    @Test
    void outAtASymbolicLinkWritesThroughToItsTarget() throws Exception {
        String id = imported();
        Path real = folder.resolve("ekte.bkj");
        Files.writeString(real, "gammelt");
        Path link = Files.createSymbolicLink(folder.resolve("lenke.bkj"), real);

        assertThat(run("export-bkj", id, "--out", link.toString(), "--db", db.toString())).as(err).isZero();

        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(real)).contains("\"format\"");
    }

    @Test
    void outAtADeviceNodeIsRefused() throws Exception {
        String id = imported();
        // A device of our own, never the system's /dev/null: a command with this very fault would replace it.
        Path device = folder.resolve("null-enhet");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "making a device node needs root");
        assertThat(run("export-bkj", id, "--out", device.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err).contains("ikke en vanlig fil");
        assertThat(Files.exists(device)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void importIntoALockedLibraryExitsOneWithANorwegianMessageAndWaitsOnlyOnce() throws Exception {
        imported();
        Path a = bkj("a.bkj", Fixtures.fullAssessment());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE assessment SET title = title");
            s.execute("COMMIT");

            long start = System.nanoTime();
            int code = run("import", a.toString(), a.toString(), a.toString(), a.toString(), "--db", db.toString());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(code).isEqualTo(1);
            assertThat(err).contains("låst").doesNotContain("SQLITE").doesNotContain("SQL State");
            assertThat(millis).as("one wait of 300 ms, not one per file").isLessThan(4 * 300);
        }
    }

    @Test
    void checkOfAPipeOrADeviceAnswersAtOnceAndAnImportBatchGoesOn() throws Exception {
        Path fifo = folder.resolve("ror.bkj");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThat(fifo).exists();

        assertThat(run("check", fifo.toString())).isEqualTo(2);
        assertThat(err).contains("ikke en vanlig fil");
        assertThat(run("check", "/dev/zero")).isEqualTo(2);

        Path good = bkj("god.bkj", Fixtures.fullAssessment());
        assertThat(run("import", fifo.toString(), "/dev/zero", good.toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(out.strip()).matches("\\d+");
    }

    @Test
    void aFolderGivenAsAFileIsSaidInNorwegian() {
        assertThat(run("check", folder.toString())).isEqualTo(2);
        assertThat(err).contains("er en mappe").doesNotContain("Is a directory");
    }

    @Test
    void twoJsonObjectsInARowAreReportedWhereTheSecondBegins() throws Exception {
        Path two = folder.resolve("to.bkj");
        Files.writeString(two, "{\"format\":\"baerekraftsjekk\",\"version\":1,\"case\":{\"title\":\"T\"}}\n\n  {}\n");
        assertThat(run("check", two.toString())).isEqualTo(2);
        assertThat(err).contains("linje 3");
    }

    @Test
    void aTitleOfOnlyNoBreakAndZeroWidthSpacesIsMissing() throws Exception {
        Path blank = folder.resolve("tom-tittel.bkj");
        Files.writeString(blank, "{\"format\":\"baerekraftsjekk\",\"version\":1,\"case\":{\"title\":\"\u00A0\u202F\u200B\uFEFF\"}}");
        assertThat(run("check", blank.toString())).isEqualTo(2);
        assertThat(out).contains("case.title");
    }

    @Test
    void aWrongNumberIsSaidInNorwegian() {
        assertThat(run("export-bkj", "abc", "--out", folder.resolve("x.bkj").toString(), "--db", db.toString())).isEqualTo(2);
        assertThat(err).contains("abc").doesNotContain("is not a").doesNotContain("Invalid value");
    }

    @Test
    void listShowsNoTerminalControlOrFormatCharacters() {
        try (SqliteLibrary library = SqliteLibrary.open(db)) {
            library.create(Assessment.newDraft("Rapport\u001b[31m rød\u009b\u202egpj.exe"));
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(out).contains("Rapport[31m rødgpj.exe").doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u009b");
    }
}
