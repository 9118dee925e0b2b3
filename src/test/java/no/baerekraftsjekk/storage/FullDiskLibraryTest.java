package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's disk fills up while the caseworker works (a real, small tmpfs; root only, skipped
 * elsewhere): the save that does not fit fails with a Norwegian message, and every save before it
 * is intact once there is room again.
 */
@Tag("slow")
class FullDiskLibraryTest {
    @TempDir
    Path folder;

    @Test
    void aSaveThatDoesNotFitSaysSoAndEverySaveBeforeItIsKept() throws Exception {
        Path disk = Files.createDirectory(folder.resolve("liten-disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()),
                "a tiny tmpfs can be mounted only as root with mount rights");
        try {
            Path filler = disk.resolve("fyll");
            Path file = disk.resolve("bibliotek.sqlite");
            List<Long> saved = new ArrayList<>();
            LibraryException refused = null;
            try (SqliteLibrary library = SqliteLibrary.open(file)) {
                Files.write(filler, new byte[300_000]);
                for (int i = 0; i < 1_000 && refused == null; i++) {
                    try {
                        saved.add(library.create(Assessment.newDraft("Vurdering " + i).withConclusion(("tekst " + i + " ").repeat(2_000))).id());
                    } catch (LibraryException e) {
                        refused = e;
                    }
                }
                assertThat(refused).as("the disk filled up").isNotNull();
                assertThat(Texts.of(Language.NB).explain(refused)).contains("ikke plass på disken").contains(file.toString()).contains("i behold");
                assertThat(saved).hasSizeGreaterThan(3);

                // Room again: the same open library saves the next change, as the autosave will.
                Files.delete(filler);
                saved.add(library.create(Assessment.newDraft("Etter opprydding").withConclusion("tekst etter")).id());
            }
            try (SqliteLibrary reopened = SqliteLibrary.open(file)) {
                assertThat(reopened.list()).extracting(AssessmentSummary::id).containsExactlyInAnyOrderElementsOf(saved);
                for (long id : saved) {
                    assertThat(reopened.find(id).orElseThrow().assessment().conclusion()).startsWith("tekst ");
                }
            }
            assertThat(integrityCheck(file)).isEqualTo("ok");
            System.out.println("FullDiskLibraryTest: " + saved.size() + " saves kept when the disk filled up");
        } finally {
            run("umount", disk.toString());
        }
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
                ResultSet row = s.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
