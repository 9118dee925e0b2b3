package no.baerekraftsjekk.ui.assessment;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.CouncilUsers;
import no.baerekraftsjekk.storage.council.QueuedCouncilLibrary;
import no.baerekraftsjekk.storage.council.Reviews;
import no.baerekraftsjekk.ui.assessment.review.ReviewBar;
import no.baerekraftsjekk.ui.assessment.review.ReviewViewModel;
import no.baerekraftsjekk.storage.council.SaveNotices;
import no.baerekraftsjekk.ui.UiServices;

/**
 * The assessment editor: the step list on the left, the current step with its help on the right,
 * Tilbake/Neste below and the quiet save status above. The shell puts {@link #root()} into the main
 * window (through {@link AssessmentHost}, which loads the assessment off the FX thread); everything
 * the caseworker types is stored by the {@link Autosaver}, and leaving (the library button, Escape in
 * the step list, or closing the window) stores what is left first, also off the FX thread.
 */
public final class AssessmentPage {
    private final UiServices services;
    private final Texts texts;
    private final Runnable onClose;
    private final BorderPane root = new BorderPane();
    private AssessmentEditorViewModel editor;
    private AssessmentGuidance guidance;
    private final Map<Step, StepView> views = new EnumMap<>(Step.class);
    private final StackPane content = new StackPane();
    private final Label heading = new Label();
    private final Label help = new Label();
    private Window hookedWindow;
    private StepList steps;
    private final EventHandler<WindowEvent> onWindowClose = this::windowClosing;
    private boolean closeFailedOnce;
    private boolean closing;
    private KeptOnThisMachine kept;
    private SavedElsewhereNotice savedElsewhere;
    /** Open while the page shows an assessment of the council library; closed when it is left. */
    private SaveNotices colleaguesSaves;
    private ReviewViewModel review;
    private no.baerekraftsjekk.ui.assessment.review.AccessViewModel access;
    /** While edits wait on this machine: tries to send them now and then, so they go without another keystroke. */
    private final javafx.animation.Timeline sendKept = new javafx.animation.Timeline();

    /**
     * @param stored the assessment as loaded from the library, with the version its first save names
     * @param openOther shows another assessment in this one's place (the caseworker's own edits kept as a copy)
     */
    public AssessmentPage(UiServices services, StoredAssessment stored, Runnable onClose, LongConsumer openOther) {
        this.services = services;
        this.texts = services.texts();
        this.onClose = onClose;
        root.getStyleClass().add("assessment-page");
        root.getStylesheets().add(AssessmentPage.class.getResource("assessment.css").toExternalForm());
        guidance = new AssessmentGuidance(services.reference(), texts);
        long id = stored.id();
        SaveConflict[] conflict = new SaveConflict[1];
        kept = new KeptOnThisMachine(texts);
        Autosaver autosaver = new Autosaver((base, a) -> save(id, base, a),
                stored.version(), new FxAutosaveScheduling(services.tasks()), Clock.systemDefaultZone(),
                error -> services.errors().showError(texts.get("assessment.autosave.keepsFailing.title"),
                        texts.get("assessment.autosave.keepsFailing.message", texts.explain(error))),
                (stale, mine) -> conflict[0].savedElsewhere(stale, mine), texts);
        editor = new AssessmentEditorViewModel(id, stored.assessment(), services.analyzer(), autosaver,
                services.settings());
        rememberReports(id);
        conflict[0] = new SaveConflict(services, editor, copy -> {
            unhookWindowClose();
            openOther.accept(copy);
        });
        savedElsewhere = new SavedElsewhereNotice(id, texts, java.time.ZoneId.systemDefault(), conflict[0]);
        // A refused autosave brings the conflict dialog for the same save: one question is enough.
        autosaver.stateProperty().addListener((obs, old, state) -> {
            if (state == Autosaver.State.CONFLICT) {
                savedElsewhere.hide();
            }
        });
        if (services.library() instanceof QueuedCouncilLibrary council) {
            colleaguesSaves = council.server().listen(notice -> javafx.application.Platform.runLater(() -> savedElsewhere.heard(notice)));
        }
        build();
        hookWindowClose();
        // The window's restart in another language closes the page this way, after storing.
        no.baerekraftsjekk.ui.common.ScreenClosing.offer(root, this::close);
    }

    /** Step 7 is done when a report was made before, in an earlier session too. */
    private void rememberReports(long id) {
        services.tasks().run(() -> services.library().lastReport(id).isPresent()).onSuccess(made -> {
            if (made) {
                editor.reportMadeProperty().set(true);
            }
        }).onFailure(error -> org.slf4j.LoggerFactory.getLogger(AssessmentPage.class)
                .warn("Could not read whether assessment {} was reported on; step 7 starts as not done", id, error)).start();
    }

    public Parent root() {
        return root;
    }

    /** Runs off the FX thread; in the council library, also says whether edits wait on this machine. */
    private long save(long id, long baseVersion, Assessment value) {
        long version = services.library().save(id, baseVersion, value).version();
        if (services.library() instanceof QueuedCouncilLibrary council) {
            int waiting = council.keptEdits();
            javafx.application.Platform.runLater(() -> keptWaiting(council, waiting));
        }
        return version;
    }

    private void keptWaiting(QueuedCouncilLibrary council, int waiting) {
        kept.waiting(waiting);
        if (waiting == 0) {
            sendKept.stop();
        } else if (sendKept.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            sendKept.getKeyFrames().setAll(new javafx.animation.KeyFrame(SEND_KEPT_EVERY, e -> trySendingKept(council)));
            sendKept.setCycleCount(javafx.animation.Animation.INDEFINITE);
            sendKept.play();
        }
    }

    private static final javafx.util.Duration SEND_KEPT_EVERY = javafx.util.Duration.seconds(3);

    private void trySendingKept(QueuedCouncilLibrary council) {
        services.tasks().run(() -> {
            council.sendKept();
            return council.keptEdits();
        }).onSuccess(waiting -> keptWaiting(council, waiting))
                // Still unreachable: the edits stay kept on disk, and the next try sends them.
                .onFailure(error -> { })
                .start();
    }

    /** For tests: the notice bar's state. */
    SavedElsewhereNotice savedElsewhere() {
        return savedElsewhere;
    }

    KeptOnThisMachine kept() {
        return kept;
    }

    /** For tests: true once colleagues' saves of the council library are heard here. */
    boolean hearsColleagues() {
        return colleaguesSaves != null && colleaguesSaves.isListening();
    }

    /** For tests and the shell's own shutdown: the state behind this page. */
    AssessmentEditorViewModel editor() {
        return editor;
    }


    private void build() {
        steps = new StepList(editor, texts, this::close, this::focusCurrentStep);
        var alternatives = new no.baerekraftsjekk.ui.assessment.alternatives.AlternativesViewModel(editor);
        var alternativesBar = new no.baerekraftsjekk.ui.assessment.alternatives.AlternativesBar(editor, alternatives, texts);
        Region header = header();
        ((HBox) header).getChildren().add(((HBox) header).getChildren().size() - 1, alternativesBar.addMenu());
        // At a large text size the title wraps and the buttons keep their whole text.
        ((HBox) header).getChildren().stream().filter(node -> node instanceof javafx.scene.control.ButtonBase
                || node instanceof javafx.scene.control.MenuButton)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        root.setTop(new VBox(header, alternativesBar.node(), savedElsewhereBar(), reviewBar()));
        root.setLeft(steps.node());
        BorderPane.setMargin(steps.node(), new Insets(0, 0, 0, 0));
        Region stepArea = stepArea();
        root.setCenter(stepArea);
        // The comparison of a case's alternatives takes the step's place until a step or an alternative is chosen.
        alternativesBar.onComparing(comparing -> root.setCenter(comparing
                ? new no.baerekraftsjekk.ui.assessment.alternatives.ComparisonView(editor, alternatives, guidance).node()
                : stepArea));
        editor.currentStepProperty().addListener((obs, old, step) -> alternativesBar.comparingProperty().set(false));
        editor.currentStepProperty().addListener((obs, old, step) -> show(step));
        show(editor.currentStepProperty().get());
        // The first step asked for the focus before the page was in a window; it asks again once
        // the window has laid the page out (FocusStaysInPage says why not sooner).
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // Every step keeps the focused control in view, in whatever scroll pane it stands.
                no.baerekraftsjekk.ui.common.FocusFollower.install(scene);
                FocusStaysInPage.install(root, scene, this::focusCurrentStep);
            }
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (NEXT_STEP.match(e)) {
                editor.next();
                e.consume();
            } else if (PREVIOUS_STEP.match(e)) {
                editor.previous();
                e.consume();
            }
        });
    }

    private static final KeyCombination NEXT_STEP = no.baerekraftsjekk.ui.common.Shortcuts.NEXT_STEP;
    private static final KeyCombination PREVIOUS_STEP = no.baerekraftsjekk.ui.common.Shortcuts.PREVIOUS_STEP;

    private Region header() {
        Button back = libraryButton(texts);
        back.setOnAction(e -> close());
        Label title = new Label();
        title.getStyleClass().add("case-title");
        title.textProperty().bind(editor.assessmentProperty().map(a ->
                a.caseInfo().title().isBlank() ? texts.get("assessment.untitled") : a.caseInfo().title()));
        Label status = new Label();
        status.setId("saveStatus");
        status.getStyleClass().add("save-status");
        status.textProperty().bind(editor.autosaver().statusTextProperty());
        status.setAccessibleText(null);
        Label keptHere = new Label();
        keptHere.setId("keptLocally");
        keptHere.getStyleClass().add("save-status");
        keptHere.textProperty().bind(kept.messageProperty());
        keptHere.visibleProperty().bind(kept.messageProperty().isNotEmpty());
        keptHere.managedProperty().bind(keptHere.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.setMinWidth(0);
        title.setWrapText(true);
        Button terms = new Button(texts.get("assessment.nav.glossary"));
        terms.setId("openGlossary");
        terms.setAccessibleText(texts.get("assessment.nav.glossary.accessible"));
        terms.setOnAction(e -> services.glossary().show(""));
        HBox bar = new HBox(16, back, title, gap, keptHere, status, terms);
        bar.getStyleClass().add("editor-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** In the council library: the leader's review, with only what the connected user may do. */
    private Region reviewBar() {
        if (!(services.library() instanceof QueuedCouncilLibrary council)) {
            return new Region();
        }
        review = new ReviewViewModel(editor, services.library(), new Reviews(council.server()), new CouncilUsers(council.server()),
                services.tasks(), texts, Clock.systemDefaultZone());
        review.load();
        access = new no.baerekraftsjekk.ui.assessment.review.AccessViewModel(editor,
                no.baerekraftsjekk.ui.assessment.review.CouncilAccess.of(council.server()), services.tasks(), texts, services.errors());
        access.load();
        return new VBox(new ReviewBar(review, texts).root(), new no.baerekraftsjekk.ui.assessment.review.AccessBar(access, texts).root());
    }

    /** For tests: who may change the assessment, in the council library. */
    no.baerekraftsjekk.ui.assessment.review.AccessViewModel access() {
        return access;
    }

    /** For tests: the review's state, in the council library. */
    ReviewViewModel review() {
        return review;
    }

    /** "Kari lagret denne vurderingen kl. 10:42." with the conflict dialog's two ways out; hidden until then. */
    private Region savedElsewhereBar() {
        Label message = new Label();
        message.setId("savedElsewhereMessage");
        message.setWrapText(true);
        message.textProperty().bind(savedElsewhere.messageProperty());
        Button theirs = new Button(texts.get("assessment.savedElsewhere.takeTheirs"));
        theirs.setId("takeTheirs");
        theirs.setOnAction(e -> savedElsewhere.takeTheirs());
        Button mine = new Button(texts.get("assessment.stale.keepCopy"));
        mine.setId("keepMineAsCopy");
        mine.setOnAction(e -> savedElsewhere.keepMineAsCopy());
        HBox bar = new HBox(12, message, theirs, mine);
        bar.setId("savedElsewhereBar");
        bar.getStyleClass().add("saved-elsewhere-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.visibleProperty().bind(savedElsewhere.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    static Button libraryButton(Texts texts) {
        Button back = new Button(texts.get("assessment.nav.library"));
        back.setId("toLibrary");
        back.setMnemonicParsing(true);
        back.setAccessibleText(texts.get("assessment.nav.library.accessible"));
        no.baerekraftsjekk.ui.common.Shortcuts.explain(back, texts, texts.get("help.windowSmall.keys.library"),
                no.baerekraftsjekk.ui.common.Shortcuts.mnemonic(texts.get("assessment.nav.library")));
        return back;
    }

    private Region stepArea() {
        heading.getStyleClass().add("step-heading");
        heading.setId("stepHeading");
        help.getStyleClass().add("step-help");
        help.setWrapText(true);
        help.setId("stepHelp");
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.getStyleClass().add("step-content");
        content.setAlignment(Pos.TOP_LEFT);

        Button previous = new Button(texts.get("assessment.nav.previous"));
        previous.setId("previousStep");
        previous.setAccessibleText(texts.get("assessment.nav.previous.accessible"));
        previous.setOnAction(e -> editor.previous());
        previous.disableProperty().bind(editor.currentStepProperty().map(s -> !s.hasPrevious()));
        Button next = new Button(texts.get("assessment.nav.next"));
        next.setId("nextStep");
        next.getStyleClass().add("accent");
        next.setAccessibleText(texts.get("assessment.nav.next.accessible"));
        next.setOnAction(e -> editor.next());
        no.baerekraftsjekk.ui.common.Shortcuts.explain(next, texts, texts.get("assessment.nav.next.accessible"),
                NEXT_STEP.getDisplayText(), no.baerekraftsjekk.ui.common.Shortcuts.mnemonic(texts.get("assessment.nav.next")));
        no.baerekraftsjekk.ui.common.Shortcuts.explain(previous, texts, texts.get("assessment.nav.previous.accessible"),
                PREVIOUS_STEP.getDisplayText(), no.baerekraftsjekk.ui.common.Shortcuts.mnemonic(texts.get("assessment.nav.previous")));
        next.disableProperty().bind(editor.currentStepProperty().map(s -> !s.hasNext()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(12, previous, gap, next);
        nav.getStyleClass().add("step-nav");
        // Never pushed out of the window by a tall step (large text): the step scrolls instead.
        nav.setMinHeight(Region.USE_PREF_SIZE);

        ReadOnlyLock.install(content, editor.readOnlyProperty());
        VBox area = new VBox(10, headingRow(), help, content, nav);
        area.getStyleClass().add("step-area");
        return area;
    }

    /**
     * The step's heading with «Skjul hjelp»/«Vis hjelp» at its right. The help folds by itself from
     * 150 % text size, and the step list narrows, so the step keeps the room on a 768-pixel screen.
     */
    private Region headingRow() {
        heading.setWrapText(true);
        heading.setMinWidth(0);
        Button toggle = new Button();
        StepHelpFold fold = new StepHelpFold(services.settings(), toggle.getFont().getSize());
        toggle.setId("toggleStepHelp");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.textProperty().bind(fold.shownProperty().map(shown -> texts.get(shown ? "bigText.help.hide" : "bigText.help.show")));
        toggle.accessibleTextProperty().bind(fold.shownProperty().map(shown ->
                texts.get(shown ? "bigText.help.hide.accessible" : "bigText.help.show.accessible")));
        toggle.setOnAction(e -> fold.toggle());
        help.visibleProperty().bind(fold.shownProperty());
        help.managedProperty().bind(help.visibleProperty());
        // The button's font is the window's normal text (the help's is not styled while folded).
        toggle.fontProperty().addListener((obs, old, font) -> {
            fold.textSize(font.getSize());
            steps.compact(StepHelpFold.isLarge(font.getSize()));
        });
        steps.compact(StepHelpFold.isLarge(toggle.getFont().getSize()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, heading, gap, toggle);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void show(Step step) {
        heading.setText(texts.get("assessment.stepHeading", step.number(), texts.get(step.titleKey())));
        help.setText(guidance.steps().forStep(step.helpId()));
        StepView view = views.computeIfAbsent(step, this::createView);
        content.getChildren().setAll(view.node());
        // Skins (a scroll pane's viewport) are made on the CSS pass; until then a field inside cannot take the focus.
        if (root.getScene() != null) {
            root.applyCss();
            root.layout();
        }
        // Arrowing through the step list keeps the focus there; Enter goes into the step.
        if (steps.node().isFocused()) {
            return;
        }
        view.shown();
        // A button or mnemonic that moved here takes the focus after this; give it to the step again.
        javafx.application.Platform.runLater(() -> {
            if (editor.currentStepProperty().get() == step && !steps.node().isFocused()) {
                view.shown();
            }
        });
    }

    private void focusCurrentStep() {
        views.get(editor.currentStepProperty().get()).shown();
    }

    private StepView createView(Step step) {
        return StepViews.create(step, editor, guidance, services);
    }

    /** Back to the library, after storing what is left; stays open if that fails so nothing is lost. */
    private void close() {
        close(onClose);
    }

    /** Stores what is left, then runs {@code afterwards}; stays open if storing fails so nothing is lost. */
    private void close(Runnable afterwards) {
        if (closing) {
            return;
        }
        closing = true;
        editor.flushInBackground(stored -> {
            closing = false;
            if (stored) {
                unhookWindowClose();
                afterwards.run();
            } else {
                reportCloseFailure();
            }
        });
    }

    /**
     * With nothing left to store the window closes at once. Otherwise it stays open while the rest
     * is stored in the background, and closes when that is done. If storing fails, it stays open
     * once more so the caseworker can wait for the retry; a second close is obeyed when storing
     * fails again.
     */
    private void windowClosing(WindowEvent event) {
        if (!editor.autosaver().hasUnsavedChanges()) {
            return;
        }
        event.consume();
        if (closing) {
            return;
        }
        closing = true;
        Window window = (Window) event.getSource();
        editor.flushInBackground(stored -> {
            closing = false;
            if (stored || closeFailedOnce) {
                unhookWindowClose();
                window.hide();
            } else {
                closeFailedOnce = true;
                reportCloseFailure();
            }
        });
    }

    private void reportCloseFailure() {
        Throwable error = editor.autosaver().lastFailure();
        services.errors().showError(texts.get("assessment.close.failed.title"),
                texts.get("assessment.close.failed.message", error == null ? "" : texts.explain(error)));
    }

    private void hookWindowClose() {
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((obs, old, window) -> {
            if (old != null) {
                old.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, onWindowClose);
            }
            if (window != null) {
                window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, onWindowClose);
            }
            hookedWindow = window;
        });
    }

    private void unhookWindowClose() {
        sendKept.stop();
        if (colleaguesSaves != null) {
            // Closing waits for the listening thread (up to half a second): not on the FX thread.
            SaveNotices closing = colleaguesSaves;
            Thread.ofVirtual().start(closing::close);
            colleaguesSaves = null;
        }
        if (hookedWindow != null) {
            hookedWindow.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, onWindowClose);
            hookedWindow = null;
        }
    }
}
