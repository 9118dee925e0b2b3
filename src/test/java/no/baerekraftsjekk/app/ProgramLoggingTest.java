package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** The program's log: INFO and up in the data folder's file, chatty libraries only from WARN. */
class ProgramLoggingTest {
    @TempDir
    Path folder;

    @Test
    void theProgramsLogGoesToTheFileInTheFolderItIsGiven() throws IOException {
        ProgramLogging provider = new ProgramLogging(folder);
        provider.initialize();
        ILoggerFactory loggers = provider.getLoggerFactory();
        try {
            Logger ours = loggers.getLogger("no.baerekraftsjekk.storage.SqliteLibrary");
            ours.debug("ikke med: debug");
            ours.info("med: info æøå");
            loggers.getLogger("org.flywaydb.core.Flyway").info("ikke med: Flyway sin info");
            loggers.getLogger("org.apache.poi.xwpf.Test").warn("med: POI sin advarsel");
        } finally {
            ((ch.qos.logback.classic.LoggerContext) loggers).stop();
        }

        String log = Files.readString(folder.resolve(LogConfiguration.LOG_FILE), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [", "n.b.storage.SqliteLibrary - med: info æøå", "WARN ", "med: POI sin advarsel")
                .doesNotContain("ikke med");
        assertThat(provider.getMDCAdapter()).isNotNull();
        assertThat(provider.getMarkerFactory().getMarker("x")).isNotNull();
    }

    /**
     * The packaged program names its provider, so SLF4J does not search the class path: a child
     * JVM started like the launcher logs into its data folder and says nothing about providers.
     */
    @Test
    void theLauncherSelectsTheProgramsLoggingWithoutAWordOnStandardError() throws Exception {
        Path data = folder.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dbaerekraftsjekk.data=" + data, Launcher.class.getName(), "list"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(stderr).doesNotContain("SLF4J");
        assertThat(data.resolve("logs").resolve(LogConfiguration.LOG_FILE)).exists();
    }

    /**
     * In the window, logging waits for the first frame: what is logged before it is held, not
     * written, and lands in the file, in order, once the frame is drawn.
     */
    @Test
    void whatTheWindowLogsBeforeItsFirstFrameIsKeptAndWrittenAfterIt() throws Exception {
        Path logs = folder.resolve("logs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-D" + Launcher.LOG_FOLDER_PROPERTY + "=" + logs, WindowStart.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("before the first frame, the file holds: nothing");
        String log = Files.readString(logs.resolve(LogConfiguration.LOG_FILE), StandardCharsets.UTF_8);
        assertThat(log.indexOf("logget før første bilde")).isNotNegative()
                .isLessThan(log.indexOf("logget etter første bilde"));
    }

    /** The window's start, as far as logging goes: Launcher, then DesktopSession at the first frame. */
    static final class WindowStart {
        public static void main(String[] args) throws Exception {
            ProgramLogging.select();
            ProgramLogging.startAfterFirstFrame();
            org.slf4j.LoggerFactory.getLogger(WindowStart.class).info("logget før første bilde");
            Thread.sleep(300);
            Path file = Path.of(System.getProperty(Launcher.LOG_FOLDER_PROPERTY), LogConfiguration.LOG_FILE);
            System.out.println("before the first frame, the file holds: "
                    + (Files.exists(file) ? Files.readString(file) : "nothing"));
            ProgramLogging.firstFrameDrawn();
            ProgramLogging.awaitSetUp();
            // SLF4J replays the held events on the set-up thread just after the set-up.
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("logging-setup")) {
                    thread.join(10_000);
                }
            }
            org.slf4j.LoggerFactory.getLogger(WindowStart.class).info("logget etter første bilde");
            ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).stop();
        }
    }
}
