package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import javafx.application.Platform;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.FileUserSettings;
import no.baerekraftsjekk.ui.common.FxErrorReporter;
import no.baerekraftsjekk.ui.common.FxFileDialogs;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import no.baerekraftsjekk.ui.main.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the window on one data folder: makes the services by constructor injection, shows
 * the window first and opens the library behind it, and closes everything on exit. Tests start
 * it on a temporary folder exactly as the program does.
 */
public final class DesktopSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopSession.class);

    private final Path dataFolder;
    private final FileUserSettings settings;
    private final AssessmentOpenerFactory openers;
    private final Runnable exit;
    private final StartupWarmup warmup;
    private FxErrorReporter errors;
    private BackgroundTasks tasks;
    private AssessmentLibrary library;
    private MainWindow window;
    private boolean closed;

    /**
     * @param exit ends the program when the library cannot be opened; tests pass their own so the
     *     JavaFX platform stays up for the next test
     * @param warmup work done in the background once the library shows
     */
    public DesktopSession(Path dataFolder, AssessmentOpenerFactory openers, Runnable exit, StartupWarmup warmup) {
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.openers = Objects.requireNonNull(openers);
        this.exit = Objects.requireNonNull(exit);
        this.warmup = Objects.requireNonNull(warmup);
        this.settings = FileUserSettings.inFolder(dataFolder);
    }

    public DesktopSession(Path dataFolder) {
        this(dataFolder, AssessmentOpenerFactory.standard(), Platform::exit, StartupWarmup.standard());
    }

    public void start(Stage stage) {
        errors = new FxErrorReporter(() -> stage, Launcher.logFolder(dataFolder));
        tasks = new BackgroundTasks(errors);
        window = new MainWindow(stage, settings, ExampleAssessments.shipped(), ZoneId.systemDefault());
        window.show();
        logSinceStart("Window shown");
        Path database = dataFolder.resolve(DataFolder.DATABASE_FILE);
        tasks.run(() -> SqliteLibrary.open(database))
                .onSuccess(this::libraryOpened)
                .onFailure(this::libraryFailed)
                .start();
    }

    public MainWindow window() {
        return window;
    }

    private void libraryOpened(AssessmentLibrary opened) {
        synchronized (this) {
            if (closed) {
                // The window was closed while the library was opening: nothing is left to show it in.
                opened.close();
                return;
            }
            library = opened;
        }
        logSinceStart("Library open");
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();
        UiServices services = new UiServices(library, analyzer, tasks, errors,
                new FxFileDialogs(window::stage, settings), settings);
        window.start(services, openers.create(services));
        // Work the first screen does not need, done while the caseworker looks at it.
        tasks.run(() -> {
                    warmup.run(analyzer);
                    return null;
                })
                .onSuccess(done -> logSinceStart("Warm-up done"))
                .onFailure(error -> LOG.warn("Warming up after start failed; the program works, only slower at first", error))
                .start();
    }

    private void libraryFailed(Throwable error) {
        LOG.error("The library in {} could not be opened", dataFolder, error);
        new LibraryFailureDialog(dataFolder, Launcher.logFolder(dataFolder)).show(window.stage(), error, exit);
    }

    /** Start-up time is a quality target; the log lets anyone see it on their own machine. */
    private static void logSinceStart(String what) {
        ProcessHandle.current().info().startInstant().ifPresent(started ->
                LOG.info("{} {} ms after the process started", what, Duration.between(started, Instant.now()).toMillis()));
    }

    /** Saves the settings now and closes the library; called when the program exits. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        settings.saveNow();
        if (tasks != null) {
            tasks.close();
        }
        if (library != null) {
            library.close();
        }
    }
}
