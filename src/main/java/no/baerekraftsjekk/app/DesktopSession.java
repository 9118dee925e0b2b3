package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryBackups;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.LibraryRecovery;
import no.baerekraftsjekk.storage.LibraryUnusableException;
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
    private FxErrorReporter errors;
    private BackgroundTasks tasks;
    private AssessmentLibrary library;
    private MainWindow window;

    /**
     * @param exit ends the program when the library cannot be opened; tests pass their own so the
     *     JavaFX platform stays up for the next test
     */
    public DesktopSession(Path dataFolder, AssessmentOpenerFactory openers, Runnable exit) {
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.openers = Objects.requireNonNull(openers);
        this.exit = Objects.requireNonNull(exit);
        this.settings = FileUserSettings.inFolder(dataFolder);
    }

    public DesktopSession(Path dataFolder) {
        this(dataFolder, AssessmentOpenerFactory.standard(), Platform::exit);
    }

    public void start(Stage stage) {
        errors = new FxErrorReporter(() -> stage, Launcher.logFolder(dataFolder));
        tasks = new BackgroundTasks(errors);
        window = new MainWindow(stage, settings, ExampleAssessments.shipped(), ZoneId.systemDefault());
        UnexpectedErrorHandler.install(errors);
        window.show();
        // The library in use: the usual file, or the one a recovery put beside it.
        openLibrary(() -> recovery().current());
    }

    private LibraryRecovery recovery() {
        return new LibraryRecovery(dataFolder.resolve(DataFolder.DATABASE_FILE));
    }

    private void openLibrary(Supplier<Path> file) {
        tasks.run(() -> SqliteLibrary.open(file.get()))
                .onSuccess(this::libraryOpened)
                .onFailure(this::libraryFailed)
                .start();
    }

    /** A damaged, foreign or newer library: the caseworker chooses the way out; the file is never touched. */
    private void offerRecovery(LibraryUnusableException unusable) {
        LOG.error("The library {} cannot be used ({})", unusable.file(), unusable.problem(), unusable);
        LibraryRecovery recovery = recovery();
        Optional<LibraryBackups.Backup> newest = recovery.backups().stream().findFirst();
        LibraryRecoveryDialog.show(window.stage(), unusable, newest, Launcher.logFolder(dataFolder), choice -> {
            switch (choice) {
                case NEW_LIBRARY -> openLibrary(recovery::startNewLibrary);
                case RESTORE_BACKUP -> openLibrary(() -> recovery.restore(newest.orElseThrow()));
                case EXIT -> exit.run();
            }
        });
    }

    public MainWindow window() {
        return window;
    }

    private void libraryOpened(AssessmentLibrary opened) {
        library = opened;
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();
        UiServices services = new UiServices(library, analyzer, tasks, errors,
                new FxFileDialogs(window::stage, settings), settings);
        window.start(services, openers.create(services));
        // Work the first screen does not need, done while the caseworker looks at it.
        tasks.run(() -> new StartupWarmup(analyzer).run())
                .onFailure(error -> LOG.warn("Warming up after start failed; the program works, only slower at first", error))
                .start();
    }

    private void libraryFailed(Throwable error) {
        if (error instanceof LibraryUnusableException unusable && unusable.problem() != LibraryUnusableException.Problem.UNREADABLE) {
            offerRecovery(unusable);
            return;
        }
        // The first line says what and where in Norwegian; driver details below it belong in the log.
        String detail = String.valueOf(error.getMessage()).lines().findFirst().orElse("").strip();
        if (!(error instanceof LibraryException)) {
            detail = Messages.get("app.library.openFailedUnexpected");
        }
        LOG.error("The library in {} could not be opened", dataFolder, error);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(window.stage());
        alert.setTitle(Messages.get("app.library.openFailedTitle"));
        alert.setHeaderText(Messages.get("app.library.openFailedTitle"));
        Label text = new Label(Messages.get("app.library.openFailed", detail, dataFolder.toAbsolutePath(),
                Launcher.logFolder(dataFolder).toAbsolutePath()));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.setOnHidden(e -> exit.run());
        alert.show();
    }

    /** Saves the settings now and closes the library; called when the program exits. */
    @Override
    public void close() {
        settings.saveNow();
        if (tasks != null) {
            tasks.close();
        }
        if (library != null) {
            library.close();
        }
    }
}
