package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The very first start of a library, killed with SIGKILL at random moments in the first two seconds after
 * its JVM is up and it begins to open the library (making the schema takes about 1.5 s in a cold JVM
 * here, so most kills land inside it): every next start must work, and two first starts at once
 * must both work.
 */
@Tag("slow")
class FirstStartKillTest {
    private static final int KILLS = 50;
    /** Kills land this long after the start begins to open the library: through the whole creation. */
    private static final int WINDOW_MILLIS = 2000;

    @TempDir
    Path folder;

    @Test
    void everyStartAfterAKilledFirstStartWorks() throws Exception {
        Random random = new Random(20261202);
        int leftNothing = 0;
        int leftALibrary = 0;
        int leftHalfMade = 0;
        // Two first starts at a time, each in its own folder, so 50 kills fit in well under a minute.
        for (int kill = 1; kill <= KILLS; kill += 2) {
            Path[] libraries = {folder.resolve("start-" + kill).resolve("bibliotek.sqlite"),
                    folder.resolve("start-" + (kill + 1)).resolve("bibliotek.sqlite")};
            Process[] starts = {start(libraries[0]), start(libraries[1])};
            for (Process started : starts) {
                awaitReady(started);
            }
            long[] delays = {random.nextInt(WINDOW_MILLIS), random.nextInt(WINDOW_MILLIS)};
            long readyAt = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                long wait = delays[i] - (System.nanoTime() - readyAt) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                starts[i].destroyForcibly();
            }
            for (int i = 0; i < 2; i++) {
                Path library = libraries[i];
                assertThat(starts[i].waitFor(10, TimeUnit.SECONDS)).isTrue();
                if (!Files.exists(library)) {
                    leftNothing++;
                } else {
                    leftALibrary++;
                }
                if (hiddenLeftovers(library.getParent())) {
                    leftHalfMade++;
                }
                try (SqliteLibrary next = SqliteLibrary.open(library)) {
                    assertThat(next.list()).as("start after kill %d", kill + i).isEmpty();
                    next.create(Assessment.newDraft("Etter drap " + (kill + i)));
                    assertThat(next.list()).hasSize(1);
                }
            }
        }
        System.out.printf("FirstStartKillTest: %d kills: %d before the library existed, %d after; %d left a hidden half-made file%n",
                KILLS, leftNothing, leftALibrary, leftHalfMade);
        assertThat(leftNothing + leftHalfMade).as("kills land before or during creation").isGreaterThan(KILLS / 3);
    }

    @Test
    void twoFirstStartsAtOnceBothOpenTheSameLibrary() throws Exception {
        for (int round = 0; round < 2; round++) {
            Path library = folder.resolve("samtidig-" + round).resolve("bibliotek.sqlite");
            Process one = start(library);
            Process two = start(library);
            assertThat(one.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(two.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(one.getInputStream().readAllBytes())).contains("OPEN 0");
            assertThat(new String(two.getInputStream().readAllBytes())).contains("OPEN 0");
            assertThat(one.exitValue()).isZero();
            assertThat(two.exitValue()).isZero();
        }
    }

    private static void awaitReady(Process process) throws IOException {
        byte[] ready = "READY".getBytes();
        int matched = 0;
        var in = process.getInputStream();
        while (matched < ready.length) {
            int b = in.read();
            assertThat(b).as("the first start ended before it began").isNotNegative();
            matched = b == ready[matched] ? matched + 1 : 0;
        }
    }

    private static boolean hiddenLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("."));
        }
    }

    private static Process start(Path library) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), FirstStarter.class.getName(), library.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
