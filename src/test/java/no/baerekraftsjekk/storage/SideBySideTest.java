package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs on one library at once (two windows, or the window and the command line): WAL lets
 * them read while the other writes, busy_timeout and IMMEDIATE transactions make a writer wait for
 * the other instead of failing. No save fails but for the versioned refusals on the one assessment
 * both edit, the file stays whole, every acknowledged edit is there.
 */
@Tag("slow")
class SideBySideTest {
    private static final int EDITS = 150;

    @TempDir
    Path folder;

    @Test
    void twoProgramsSavingInterleavedLoseNothingAndLeaveTheLibraryWhole() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        long first;
        long second;
        long shared;
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            first = library.create(Fixtures.fullAssessment()).id();
            second = library.create(Fixtures.fullAssessment()).id();
            shared = library.create(Fixtures.fullAssessment()).id();
        }

        Process a = start(file, first, shared, "A", folder.resolve("a.log"));
        Process b = start(file, second, shared, "B", folder.resolve("b.log"));
        assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(a.exitValue()).as(Files.readString(folder.resolve("a.log.err"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(folder.resolve("b.log.err"))).isZero();
        assertThat(Files.readString(folder.resolve("a.log"), StandardCharsets.UTF_8)).contains("ACK " + EDITS);
        assertThat(Files.readString(folder.resolve("b.log"), StandardCharsets.UTF_8)).contains("ACK " + EDITS);
        assertThat(integrityCheck(file)).isEqualTo("ok");
        System.out.printf("SideBySideTest: %d saves each, refused as stale and saved again: A %s, B %s%n", 2 * EDITS,
                refused(folder.resolve("a.log")), refused(folder.resolve("b.log")));
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            assertThat(library.find(first).orElseThrow().assessment().conclusion()).isEqualTo("A " + EDITS);
            assertThat(library.find(second).orElseThrow().assessment().conclusion()).isEqualTo("B " + EDITS);
            // The same assessment saved by both: the last save wins whole, never a mix of the two,
            // and every save that was not refused counted once: none overwrote another unseen.
            StoredAssessment both = library.find(shared).orElseThrow();
            assertThat(both.assessment())
                    .isIn(Fixtures.fullAssessment().withConclusion("A " + EDITS), Fixtures.fullAssessment().withConclusion("B " + EDITS));
            assertThat(both.version()).isEqualTo(1 + 2L * EDITS);
            assertThat(library.find(first).orElseThrow().version()).isEqualTo(1 + EDITS);
        }
    }

    private static Process start(Path file, long own, long shared, String name, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TwinWriter.class.getName(),
                file.toString(), Long.toString(own), Long.toString(shared), name, Integer.toString(EDITS))
                .redirectOutput(log.toFile())
                .redirectError(Path.of(log + ".err").toFile())
                .start();
    }

    private static String refused(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("REFUSED ")).map(l -> l.substring(8))
                .findFirst().orElse("?");
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
                ResultSet row = s.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }
}
