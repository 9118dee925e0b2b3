package no.baerekraftsjekk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.usecase.CouncilProfileInUse;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryBackups;
import no.baerekraftsjekk.storage.LibraryRecovery;
import no.baerekraftsjekk.storage.LibraryUnusableException;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.library.DuplicateImportQuestion;
import no.baerekraftsjekk.usecase.ImportAssessments;
import no.baerekraftsjekk.ui.main.AssessmentOpener;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.DialogService;
import no.baerekraftsjekk.ui.common.FxDialogService;
import no.baerekraftsjekk.ui.common.FileUserSettings;
import no.baerekraftsjekk.ui.common.FrameDrawn;
import no.baerekraftsjekk.ui.common.FxErrorReporter;
import no.baerekraftsjekk.ui.common.FxFileDialogs;
import no.baerekraftsjekk.ui.common.WindowLanguage;
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
    /** When the library warm-up starts if the library screen was not usable before (see libraryOpened). */
    private static final javafx.util.Duration WARM_UP_AT_THE_LATEST = javafx.util.Duration.seconds(3);

    private final Path dataFolder;
    private final FileUserSettings settings;
    private final AssessmentOpenerFactory openers;
    private final Runnable exit;
    private final StartupWarmup warmup;
    private final StartupRequest request;
    private final StartupProbe probe;
    // The window's language, as chosen in the settings dialog; read at start and at a restart of the window.
    private Texts texts;
    private ReferenceTexts reference;
    /** The rules in use, kept for a restart of the window in another language. */
    private AssessmentAnalyzer analyzer;
    /** The rules as read while the library opened; guarded by this. */
    private AssessmentAnalyzer rules;
    /** The council's profile in use (or the built-in defaults and why), read when the library opens. */
    private volatile ProfileSource profile = ProfileSource.builtIn();
    /** Whether the library starts opening as soon as the window is shown, before its first frame is drawn. */
    private final boolean openEarly;
    /** The library opening while the first frame is drawn; null when it opens after that frame. */
    private EarlyLibrary early;
    private FxErrorReporter errors;
    private BackgroundTasks tasks;
    private DialogService dialogs;
    private AssessmentLibrary library;
    private MainWindow window;
    private CouncilLibraryStart council;
    private boolean closed;

    /**
     * @param exit ends the program when the library cannot be opened; tests pass their own so the
     *     JavaFX platform stays up for the next test
     * @param warmup work done in the background once the library shows
     * @param request what the program was started with (a .bkj file to open, or nothing)
     * @param probe reports the first frame for the installer's start-up tests; off otherwise
     */
    public DesktopSession(Path dataFolder, AssessmentOpenerFactory openers, Runnable exit, StartupWarmup warmup,
            StartupRequest request, StartupProbe probe) {
        this(EarlyTexts.read(dataFolder), openers, exit, warmup, request, probe, false);
    }

    /**
     * @param start the settings and texts, read while JavaFX started ({@link EarlyTexts})
     * @param openEarly open the library (see {@link EarlyLibrary}) while the first frame is drawn,
     *     as the program does; false opens it after that frame
     */
    DesktopSession(EarlyTexts.Ready start, AssessmentOpenerFactory openers, Runnable exit, StartupWarmup warmup,
            StartupRequest request, StartupProbe probe, boolean openEarly) {
        this.openEarly = openEarly;
        this.dataFolder = start.dataFolder();
        this.openers = Objects.requireNonNull(openers);
        this.exit = Objects.requireNonNull(exit);
        this.warmup = Objects.requireNonNull(warmup);
        this.request = Objects.requireNonNull(request);
        this.probe = Objects.requireNonNull(probe);
        this.settings = start.settings();
        this.texts = start.texts();
        this.reference = start.reference();
    }

    public DesktopSession(Path dataFolder, AssessmentOpenerFactory openers, Runnable exit, StartupWarmup warmup) {
        this(dataFolder, openers, exit, warmup, StartupRequest.window(), StartupProbe.off());
    }

    public DesktopSession(Path dataFolder) {
        this(dataFolder, AssessmentOpenerFactory.standard(), Platform::exit, StartupWarmup.standard());
    }

    public void start(Stage stage) {
        errors = new FxErrorReporter(() -> stage, Launcher.logFolder(dataFolder), texts);
        tasks = new BackgroundTasks(errors);
        dialogs = new FxDialogService(() -> stage);
        window = new MainWindow(stage, settings, ExampleAssessments.shipped(), ZoneId.systemDefault(), texts, reference);
        window.useVersion(no.baerekraftsjekk.cli.AppVersion.version());
        UnexpectedErrorHandler.install(errors);
        probe.watch(stage);
        window.show();
        logSinceStart("Window shown");
        // Not sooner: begun in main, the opening competed with JavaFX's own start on two cores
        // (first frame without AOT cache 1.25 of a bare window's instead of 0.99, on the shared
        // machine under load). From here to the first frame, JavaFX mostly draws.
        if (openEarly) {
            early = EarlyLibrary.begin(dataFolder);
        }
        // Setting logging up and loading the theme would compete with drawing the first frame,
        // so they start once that frame is on screen. The library in use (the usual file, or the
        // one a recovery put beside it) is usually already being opened (EarlyLibrary); the
        // screen takes it from there.
        FrameDrawn.then(() -> {
            window.applyTheme();
            probe.phase("theme");
            if (!probe.endsAtFirstFrame()) {
                DeferredLogging.firstFrameDrawn();
                openLibrary(early != null ? early::await : () -> SqliteLibrary.open(recovery().current()));
            }
        });
    }

    private LibraryRecovery recovery() {
        return new LibraryRecovery(dataFolder.resolve(DataFolder.DATABASE_FILE));
    }

    private void openLibrary(Callable<AssessmentLibrary> opening) {
        tasks.run(() -> {
                    probe.phase("openStart");
                    // Read here, while the library opens on its own thread: on the FX thread, after
                    // the library, the rules were 20-30 ms more of the wait for a usable library.
                    rulesRead();
                    AssessmentLibrary opened = opening.call();
                    probe.phase("openDone");
                    return opened;
                })
                .onSuccess(this::libraryOpened)
                .onFailure(this::libraryFailed)
                .start();
    }

    /** A damaged, foreign or newer library: the caseworker chooses the way out; the file is never touched. */
    private void offerRecovery(LibraryUnusableException unusable) {
        LOG.error("The library {} cannot be used ({})", unusable.file(), unusable.problem(), unusable);
        LibraryRecovery recovery = recovery();
        Optional<LibraryBackups.Backup> newest = recovery.backups().stream().findFirst();
        LibraryRecoveryDialog.show(dialogs, unusable, newest, Launcher.logFolder(dataFolder), texts, choice -> {
            switch (choice) {
                case NEW_LIBRARY -> openLibrary(() -> SqliteLibrary.open(recovery.startNewLibrary()));
                case RESTORE_BACKUP -> openLibrary(() -> SqliteLibrary.open(recovery.restore(newest.orElseThrow())));
                case EXIT -> exit.run();
            }
        });
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
        analyzer = rulesRead();
        UiServices services = services();
        probe.phase("services");
        AssessmentOpener localOpener = warmingReportsOnFirstOpen(openers.create(services), analyzer);
        window.onRestart(this::restartWindow);
        window.start(services, localOpener, early != null ? early.takeFirstList() : List.of());
        probe.phase("viewBuilt");
        probe.libraryShown();
        // Shows the council library beside this one, in a library screen of its own, when IT has set one up.
        council = CouncilLibraryStart.offerFrom(dataFolder, window, services, localOpener, openers::create);
        // Work the first screen does not need, done while the caseworker looks at it. Not sooner:
        // begun with the screen, it took the processor from its first drawing on two cores. Not in
        // a run that ends here (the build's AOT training): what it loads (JSON, the .bkj format)
        // would join the cache, which the JVM loads in full before every start's first frame.
        Runnable warmLibrary = once(() -> {
            if (!probe.endsWhenUsable() && !isClosed()) {
                warmUp("library", () -> warmup.afterLibraryShown(analyzer));
                backUpToday(opened);
            }
        });
        window.whenLibraryUsable(() -> probe.phase("listed"), () -> {
            probe.libraryUsable();
            warmLibrary.run();
        });
        // A start that leaves the library at once (a file opened from the file manager) warms all the same.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(WARM_UP_AT_THE_LATEST);
        later.setOnFinished(e -> warmLibrary.run());
        later.play();
        request.fileToOpen().ifPresent(file -> new StartupFileImport(new ImportAssessments(library, analyzer, new BkjReader()),
                new DuplicateImportQuestion(dialogs, texts), tasks, errors, texts).importAndOpen(file, window::showAssessment));
    }

    private UiServices services() {
        return new UiServices(library, analyzer, tasks, errors,
                new FxFileDialogs(window::stage, settings, texts), settings, window::showGlossary, texts, reference, dialogs,
                profile);
    }

    /**
     * Builds the window again in the language just chosen, on the same library, and opens the
     * assessment that was open (its pending edits are already stored). Error messages and the
     * background tasks keep the language of the start: they are shared with work still running.
     */
    private void restartWindow(long reopen) {
        Language language = WindowLanguage.of(settings);
        texts = Texts.of(language);
        reference = ReferenceTexts.load(language);
        if (council != null) {
            council.close();
        }
        UiServices services = services();
        AssessmentOpener localOpener = openers.create(services);
        window.restart(texts, reference, services, localOpener);
        council = CouncilLibraryStart.offerFrom(dataFolder, window, services, localOpener, openers::create);
        if (reopen >= 0) {
            window.showAssessment(reopen);
        }
        LOG.info("Window restarted in {}", language.code());
    }

    /** The first assessment opened starts warming the report writers, well before its Rapport step. */
    private AssessmentOpener warmingReportsOnFirstOpen(AssessmentOpener editor, AssessmentAnalyzer analyzer) {
        boolean[] warmed = {false};
        return (id, onClose) -> {
            if (!warmed[0]) {
                warmed[0] = true;
                warmUp("reports", () -> warmup.beforeFirstReport(analyzer));
            }
            return editor.open(id, onClose);
        };
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Runs {@code action} the first time it is called, on the FX thread; later calls do nothing. */
    private static Runnable once(Runnable action) {
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
            }
        };
    }

    @FunctionalInterface
    private interface Warming {
        void run() throws Exception;
    }

    /**
     * The day's backup of a library opened early without it ({@link EarlyLibrary}); a library opened
     * otherwise has it already, and then this finds today's and does nothing.
     */
    private void backUpToday(AssessmentLibrary opened) {
        if (opened instanceof SqliteLibrary sqlite) {
            tasks.run(() -> {
                        sqlite.backUpIfNoneToday();
                        return null;
                    })
                    .onSuccess(done -> logSinceStart("Daily backup checked"))
                    .onFailure(error -> LOG.warn("Daily backup failed", error))
                    .start();
        }
    }

    private void warmUp(String what, Warming work) {
        tasks.run(() -> {
                    work.run();
                    return null;
                })
                .onSuccess(done -> logSinceStart("Warm-up of " + what + " done"))
                .onFailure(error -> LOG.warn("Warming up {} failed; the program works, only slower at first", what, error))
                .start();
    }

    /** The rules, read once per session (a library opened again after a recovery uses them too); any thread. */
    private synchronized AssessmentAnalyzer rulesRead() {
        if (rules == null) {
            rules = analyzer();
        }
        return rules;
    }

    /**
     * The rules with the organisation's grouping of goals when the data folder has one, as on the
     * command line. A broken mapping file is said, and the default is used until it is mended.
     */
    private AssessmentAnalyzer analyzer() {
        profile = CouncilProfileInUse.find(dataFolder);
        profile.problem().ifPresent(problem -> {
            // Said once at start; the settings screen shows the same words until the profile is mended.
            LOG.warn("The council profile {} is not used", profile.file().orElse(null), problem);
            errors.showError(texts.get("profile.brokenTitle"), texts.explain(problem));
        });
        try {
            return CouncilProfileInUse.analyzer(profile, dataFolder);
        } catch (IOException e) {
            LOG.warn("The dimension mapping in {} could not be read", dataFolder, e);
            errors.showError(texts.get("app.mapping.failedTitle"), texts.get("app.mapping.failed", texts.explain(e)));
            return AssessmentAnalyzer.standard();
        }
    }

    private void libraryFailed(Throwable error) {
        if (error instanceof LibraryUnusableException unusable && unusable.problem() != LibraryUnusableException.Problem.UNREADABLE) {
            offerRecovery(unusable);
            return;
        }
        LOG.error("The library in {} could not be opened", dataFolder, error);
        new LibraryFailureDialog(dataFolder, Launcher.logFolder(dataFolder), texts).show(window.stage(), error, exit);
    }

    /** Start-up time is a quality target; the log lets anyone see it on their own machine. */
    private static void logSinceStart(String what) {
        LOG.info("{} {} ms after the process started", what, Duration.between(ProcessStart.estimate(), Instant.now()).toMillis());
    }

    /** Saves the settings now and closes the library; called when the program exits. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        settings.saveNow();
        if (early != null) {
            early.closeIfUnclaimed();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (library != null) {
            library.close();
        }
        if (council != null) {
            council.close();
        }
    }
}
