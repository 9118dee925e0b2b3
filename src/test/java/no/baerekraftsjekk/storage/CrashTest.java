package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash while editing: a child JVM saves edits in a loop and is killed with SIGKILL at random
 * moments, also while it is still opening (and migrating) the library. After every kill the library
 * must open and hold the last acknowledged edit (or the one after it, whose save returned but whose
 * acknowledgement was not printed yet), never an older one, never a mix.
 */
@Tag("slow")
class CrashTest {
    private static final int KILLS = 40;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedEditSurvivesBeingKilledAtRandomMoments() throws Exception {
        Path library = folder.resolve("bibliotek.sqlite");
        Random random = new Random(20261123);
        long lastKnown = -1;
        int killsAfterEdits = 0;
        long editsAcknowledged = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path log = folder.resolve("victim-" + kill + ".log");
            Process victim = start(library, log);
            boolean duringEdits = kill % 5 != 0; // every fifth kill lands while the library is being opened
            if (duringEdits) {
                waitForLine(log, "ACK ", victim);
                Thread.sleep(random.nextInt(400));
            } else {
                Thread.sleep(random.nextInt(600));
            }
            victim.destroyForcibly();
            assertThat(victim.waitFor(10, TimeUnit.SECONDS)).isTrue();

            List<String> acks = completeLines(log).stream().filter(l -> l.startsWith("ACK ")).toList();
            long lastAck = acks.isEmpty() ? -1 : Long.parseLong(acks.get(acks.size() - 1).split(" ")[1]);
            editsAcknowledged += acks.size();
            if (duringEdits) {
                killsAfterEdits++;
            }
            try (SqliteLibrary reopened = SqliteLibrary.open(library)) {
                List<AssessmentSummary> all = reopened.list();
                if (lastKnown < 0 && all.isEmpty()) {
                    continue; // killed before the first assessment was created
                }
                assertThat(all).hasSize(1);
                Assessment stored = reopened.find(all.get(0).id()).orElseThrow().assessment();
                long version = CrashVictim.versionOf(stored);
                assertThat(version).as("kill %d: stored version vs last acknowledged %d", kill, lastAck)
                        .isGreaterThanOrEqualTo(Math.max(lastAck, lastKnown));
                if (lastAck >= 0) {
                    assertThat(version).isLessThanOrEqualTo(lastAck + 1);
                }
                assertThat(stored.withConclusion("")).isEqualTo(Fixtures.fullAssessment().withConclusion(""));
                lastKnown = version;
            }
        }
        System.out.printf("CrashTest: %d kills (%d while editing), %d acknowledged edits, last version %d, nothing lost%n",
                KILLS, killsAfterEdits, editsAcknowledged, lastKnown);
        assertThat(killsAfterEdits).isGreaterThanOrEqualTo(30);
        assertThat(lastKnown).isPositive();
    }

    private static Process start(Path library, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(), library.toString())
                .redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void waitForLine(Path log, String prefix, Process victim) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (completeLines(log).stream().anyMatch(l -> l.startsWith(prefix))) {
                return;
            }
            assertThat(victim.isAlive()).as("the victim stopped by itself").isTrue();
            Thread.sleep(10);
        }
        throw new AssertionError("the victim made no edit within 20 s");
    }

    /** The lines that were written whole; a line cut off by the kill is left out. */
    private static List<String> completeLines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().toList();
    }
}
