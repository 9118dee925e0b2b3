package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.common.FxErrorReporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** An error nobody caught, on a background thread or the FX thread, reaches the log file with its id, is shown, and the program runs on. */
class UnexpectedErrorHandlerTest {
    private Thread.UncaughtExceptionHandler previous;

    @TempDir
    Path logs;

    @BeforeEach
    void startFx() throws Exception {
        FxTesting.startPlatform();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        useTheProgramsLogConfiguration(logs);
    }

    @AfterEach
    void restore() throws Exception {
        configureLogging("/logback-test.xml");
        Thread.setDefaultUncaughtExceptionHandler(previous);
        FxTesting.onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(null);
            Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane).toList()
                    .forEach(w -> ((javafx.stage.Stage) w).close());
        });
    }

    @Test
    void anUncaughtErrorOnAnyThreadIsLoggedWithItsIdAndShownAndTheProgramRunsOn() throws Exception {
        long seed = System.nanoTime();
        FxErrorReporter errors = new FxErrorReporter(() -> null, logs, Texts.of(Language.NB));
        FxTesting.onFx(() -> UnexpectedErrorHandler.install(errors));

        Thread worker = new Thread(() -> {
            throw new IllegalStateException("prøvefeil i bakgrunnen " + seed);
        });
        worker.start();
        worker.join();
        Platform.runLater(() -> {
            throw new IllegalStateException("prøvefeil på FX-tråden " + seed);
        });

        FxTesting.await("two error dialogs", () -> errorIds().size() == 2);
        assertThat(FxTesting.get(() -> "the FX thread still answers")).isNotNull();
        String log = Files.readString(logs.resolve("baerekraftsjekk.log"), StandardCharsets.UTF_8);
        for (String id : errorIds()) {
            int entry = log.indexOf("Unexpected error, id " + id);
            assertThat(entry).as("log entry for the id shown, %s", id).isNotNegative();
            assertThat(log.substring(entry)).containsPattern("prøvefeil (i bakgrunnen|på FX-tråden) " + seed);
        }
        assertThat(log).contains("prøvefeil i bakgrunnen " + seed).contains("prøvefeil på FX-tråden " + seed);
        assertThat(dialogTexts()).contains(logs.toAbsolutePath().toString());
    }

    /** The error ids the dialogs show the caseworker. */
    private static java.util.List<String> errorIds() {
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("Feilkode: ([0-9a-f]{8})").matcher(dialogTexts());
        java.util.List<String> found = new java.util.ArrayList<>();
        while (ids.find()) {
            found.add(ids.group(1));
        }
        return found;
    }

    private static String dialogTexts() {
        return FxTesting.get(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> ((Label) ((DialogPane) w.getScene().getRoot()).getContent()).getText())
                .reduce("", String::concat));
    }

    /** The program's own log set-up, writing its rotating log file into a temporary folder. */
    private static void useTheProgramsLogConfiguration(Path logFolder) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        LogConfiguration.configure(context, logFolder);
    }

    private static void configureLogging(String resource) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(UnexpectedErrorHandlerTest.class.getResource(resource));
    }
}
