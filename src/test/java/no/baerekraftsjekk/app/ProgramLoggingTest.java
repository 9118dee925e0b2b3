package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
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
    @Tag("slow")
    void theLauncherSelectsTheProgramsLoggingWithoutAWordOnStandardError() throws Exception {
        Path data = folder.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dbaerekraftsjekk.data=" + data, Launcher.class.getName(), "list"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(stderr).as("nothing from SLF4J or logback's own set-up").isEmpty();
        assertThat(data.resolve("logs").resolve(LogConfiguration.LOG_FILE)).exists();
    }

    /** Whoever starts the program with their own logback.configurationFile (to find a fault) gets logback's own set-up. */
    @Test
    void aLogbackConfigurationFileGivenAtStartIsLeftToLogback() {
        String provider = System.getProperty(ProgramLogging.PROVIDER_PROPERTY);
        String verbosity = System.getProperty("slf4j.internal.verbosity");
        try {
            System.clearProperty(ProgramLogging.PROVIDER_PROPERTY);
            System.setProperty("logback.configurationFile", folder.resolve("feilsøking.xml").toString());
            assertThat(ProgramLogging.select()).isFalse();
            assertThat(System.getProperty(ProgramLogging.PROVIDER_PROPERTY)).isNull();

            System.clearProperty("logback.configurationFile");
            assertThat(ProgramLogging.select()).isTrue();
            assertThat(System.getProperty(ProgramLogging.PROVIDER_PROPERTY)).isEqualTo(ProgramLogging.class.getName());
        } finally {
            System.clearProperty("logback.configurationFile");
            restore(ProgramLogging.PROVIDER_PROPERTY, provider);
            restore("slf4j.internal.verbosity", verbosity);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /**
     * In the window, the log is held until the first frame is drawn: SLF4J is set up at once (no
     * stand-in loggers), nothing is written before the frame, and afterwards everything is, in
     * order, with the thread that logged it.
     */
    @Test
    void whatTheWindowLogsBeforeItsFirstFrameIsHeldAndWrittenAfterIt() throws Exception {
        Path logs = folder.resolve("logs");
        String output = runChild(WindowStart.class, logs);

        assertThat(output).contains("set up at once: true", "before the first frame, the file holds: nothing");
        String log = Files.readString(logs.resolve(LogConfiguration.LOG_FILE), StandardCharsets.UTF_8);
        assertThat(log).contains("[main] n.b.a.ProgramLoggingTest$WindowStart - logget før første bilde");
        assertThat(log.indexOf("logget før første bilde")).isLessThan(log.indexOf("logget etter første bilde"));
    }

    /** A window that ends before its first frame (a failed start) still leaves what it logged. */
    @Test
    @Tag("slow")
    void whatIsHeldIsWrittenWhenTheProgramEndsBeforeItsFirstFrame() throws Exception {
        Path logs = folder.resolve("logs");
        runChild(EndBeforeFirstFrame.class, logs);

        assertThat(Files.readString(logs.resolve(LogConfiguration.LOG_FILE), StandardCharsets.UTF_8))
                .contains("ERROR", "start mislyktes før første bilde");
    }

    private static String runChild(Class<?> main, Path logs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-D" + Launcher.LOG_FOLDER_PROPERTY + "=" + logs, main.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** The window's start, as far as logging goes: the launcher, then the session at the first frame. */
    static final class WindowStart {
        public static void main(String[] args) throws Exception {
            ProgramLogging.select();
            DeferredLogging.begin();
            System.out.println("set up at once: " + (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext));
            org.slf4j.LoggerFactory.getLogger(WindowStart.class).info("logget før første bilde");
            // Time for a set-up that did not hold to write the file; this one must not have.
            Thread.sleep(200);
            Path file = ProgramLogging.folder().resolve(LogConfiguration.LOG_FILE);
            System.out.println("before the first frame, the file holds: "
                    + (Files.exists(file) ? Files.readString(file) : "nothing"));
            DeferredLogging.firstFrameDrawn();
            DeferredLogging.awaitDone();
            org.slf4j.LoggerFactory.getLogger(WindowStart.class).info("logget etter første bilde");
            ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).stop();
        }
    }

    static final class EndBeforeFirstFrame {
        public static void main(String[] args) {
            ProgramLogging.select();
            DeferredLogging.begin();
            org.slf4j.LoggerFactory.getLogger(EndBeforeFirstFrame.class).error("start mislyktes før første bilde");
            System.exit(0);
        }
    }
}
