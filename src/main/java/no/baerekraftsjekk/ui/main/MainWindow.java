package no.baerekraftsjekk.ui.main;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.guidance.Glossary;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.glossary.GlossaryWindow;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.common.Appearance;
import no.baerekraftsjekk.ui.common.ScreenClosing;
import no.baerekraftsjekk.ui.common.Theme;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import no.baerekraftsjekk.ui.library.LibraryPlaces;
import no.baerekraftsjekk.ui.library.LibraryPlacesView;
import no.baerekraftsjekk.ui.library.LibraryView;
import no.baerekraftsjekk.ui.library.LibraryViewModel;
import no.baerekraftsjekk.ui.portfolio.PortfolioView;
import no.baerekraftsjekk.ui.portfolio.PortfolioViewModel;

/**
 * The program's window. It shows the library, and an assessment in its place when one is opened;
 * it remembers its size and position between sessions.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/no/baerekraftsjekk/ui/app.css";

    private final Stage stage;
    private final UserSettings settings;
    /** The look and text size of every window, as chosen in the settings. */
    private final Appearance appearance;
    private final ExampleAssessments examples;
    private final ZoneId zone;
    /** The window's language; replaced when the caseworker restarts the window in another. */
    private Texts texts;
    private ReferenceTexts reference;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final OpeningNotice opening;
    /** Set once the library is open; until then the window shows that it is opening. */
    private UiServices services;
    private AssessmentOpener opener;
    private GlossaryWindow glossary;
    private LibraryView libraryView;
    /** The list read while the program started, shown by the first library screen only. */
    private List<AssessmentSummary> knownAtStart = List.of();
    /** The caseworker's own library and the council's, when IT has set one up; else null. */
    private LibraryPlaces<AssessmentOpener> places;
    /** The assessment shown now, opened again after a restart in another language; -1 on the library. */
    private long shownAssessment = -1;
    /** Rebuilds the window in the remembered language and opens the given assessment (-1: none). */
    private java.util.function.LongConsumer restarter = reopen -> { };

    /** @param texts and {@code reference}: the window's language, the same the services carry */
    public MainWindow(Stage stage, UserSettings settings, ExampleAssessments examples, ZoneId zone, Texts texts,
            ReferenceTexts reference) {
        this.stage = Objects.requireNonNull(stage);
        this.texts = Objects.requireNonNull(texts);
        this.reference = Objects.requireNonNull(reference);
        this.opening = new OpeningNotice(texts.get("main.opening"));
        this.settings = Objects.requireNonNull(settings);
        this.appearance = new Appearance(settings);
        this.examples = Objects.requireNonNull(examples);
        this.zone = Objects.requireNonNull(zone);
        // Built in code, not FXML: this is the one view on the way to the first frame, and a cold
        // FXMLLoader cost 20–35 ms there for two panes.
        root.setCenter(content);
    }

    /** The program's version for «Om programmet»; the app knows it (the window may not use the command line's classes). */
    private String version = "";

    public void useVersion(String programVersion) {
        this.version = Objects.requireNonNull(programVersion);
    }

    /** «Hjelp»: the guide, the key list, the glossary and «Om programmet», in the window's language. */
    private no.baerekraftsjekk.ui.help.HelpMenu helpMenu() {
        return new no.baerekraftsjekk.ui.help.HelpMenu(new no.baerekraftsjekk.ui.help.HelpContent(texts, version), texts,
                () -> stage, () -> showGlossary(""));
    }

    /** The council library's profile while it is connected, else this machine's; the defaults before the library opens. */
    private no.baerekraftsjekk.domain.profile.ProfileSource profileInUse() {
        if (places != null) {
            return places.profileInUse();
        }
        return services != null ? services.profile() : no.baerekraftsjekk.domain.profile.ProfileSource.builtIn();
    }

    /** For an administrator connected to the council library: putting the council's profile there. */
    private java.util.Optional<CouncilProfileUpload> profileUpload() {
        if (places == null || services == null) {
            return java.util.Optional.empty();
        }
        return places.profileAdministration().map(library -> new CouncilProfileUpload(library, services.tasks(), texts));
    }

    /** The «Innstillinger» button, top right on every screen, so the language is easy to find. */
    private HBox settingsBar() {
        Button open = new Button(texts.get("settings.open"));
        open.setId("settingsButton");
        open.setAccessibleText(texts.get("settings.open.accessible"));
        open.getStyleClass().add("settings-button");
        open.setOnAction(e -> new SettingsDialog(stage, settings, appearance, texts, this::restartNow,
                profileInUse(), profileUpload()).show());
        HBox bar = new HBox(8, helpMenu().button(), open);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(4, 12, 0, 12));
        return bar;
    }

    /**
     * Shows the window at once, saying the library is opening: the first frame does not wait for
     * the database, which is opened in the background and then shown with {@link #start}.
     */
    public void show() {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle(texts.get("app.title"));
        WindowBounds bounds = new WindowBounds(settings);
        bounds.restore(stage);
        stage.setScene(scene);
        // Every screen keeps the focused control in view, in whatever scroll pane it stands.
        no.baerekraftsjekk.ui.common.FocusFollower.install(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), () -> showGlossary(selectedWord(scene)));
        no.baerekraftsjekk.ui.common.SpaceOpensChoices.install(scene);
        content.getChildren().setAll(opening.node());
        stage.show();
        bounds.track(stage);
    }

    /**
     * Loads the theme: call once the first frame is drawn. That frame holds only the opening notice,
     * which looks the same without the theme; everything after it is made of controls.
     */
    public void applyTheme() {
        // The chosen (or the system's) look, on this window and on every window opened later.
        appearance.install();
        Theme.apply();
        // Its background is one of the theme's colours, which cannot be looked up before.
        content.getStyleClass().add("main-content");
        opening.spinAfterDelay();
    }

    /** The library is open: from now on the window shows the library and the assessments. */
    public void start(UiServices readyServices, AssessmentOpener assessmentOpener) {
        start(readyServices, assessmentOpener, List.of());
    }

    /**
     * @param listAtStart the library's list as read while the program started: shown in the first
     *     layout of the library, so the table is laid out once, with its rows; empty to ask the library
     */
    public void start(UiServices readyServices, AssessmentOpener assessmentOpener, List<AssessmentSummary> listAtStart) {
        this.services = Objects.requireNonNull(readyServices);
        this.opener = Objects.requireNonNull(assessmentOpener);
        this.knownAtStart = List.copyOf(listAtStart);
        // Not in the first frame, which holds no controls (it is drawn before the theme loads).
        root.setTop(settingsBar());
        showLibrary();
    }

    /** What restarting the window in the remembered language does; the session builds the new services. */
    public void onRestart(java.util.function.LongConsumer restart) {
        this.restarter = Objects.requireNonNull(restart);
    }

    /**
     * Restarts the window in the language just chosen: the open assessment stores what is pending
     * first (if that fails it stays open and says so, and nothing restarts), then is opened again.
     */
    public void restartNow() {
        long reopen = shownAssessment;
        ScreenClosing.request(content, () -> restarter.accept(reopen));
    }

    /**
     * Builds every screen again in another language, with services that speak it, and shows the
     * library; the caller opens the assessment that was open.
     */
    public void restart(Texts newTexts, ReferenceTexts newReference, UiServices readyServices, AssessmentOpener assessmentOpener) {
        this.texts = Objects.requireNonNull(newTexts);
        this.reference = Objects.requireNonNull(newReference);
        this.places = null;
        if (glossary != null) {
            glossary.close();
            glossary = null;
        }
        stage.setTitle(texts.get("app.title"));
        start(readyServices, assessmentOpener);
    }

    /** Shows the council library beside the caseworker's own: a choice above the list. */
    public void usePlaces(LibraryPlaces<AssessmentOpener> both) {
        this.places = Objects.requireNonNull(both);
        both.placeProperty().addListener((obs, old, now) -> showLibrary());
        showLibrary();
    }

    public void showLibrary() {
        shownAssessment = -1;
        UiServices shown = places == null ? services : places.shownServices();
        LibraryViewModel model = new LibraryViewModel(shown, examples, this::showAssessment);
        model.setOnOpenPortfolio(this::showPortfolio);
        LibraryView view = new LibraryView(model, zone);
        libraryView = view;
        if (places == null) {
            content.getChildren().setAll(view.root());
        } else {
            if (places.showsCouncil()) {
                view.showHeading(shown.texts().get("council.places.heading"));
            }
            LibraryPlacesView strip = new LibraryPlacesView(places, model.selectedProperty(), model::refresh, model::open);
            javafx.scene.layout.VBox both = new javafx.scene.layout.VBox(strip.root(), view.root());
            javafx.scene.layout.VBox.setVgrow(view.root(), javafx.scene.layout.Priority.ALWAYS);
            content.getChildren().setAll(both);
        }
        view.load(knownAtStart);
        knownAtStart = List.of();
        view.focusFirst();
    }

    /** Runs the actions when the library shown last has its list, and once it is usable (see {@link LibraryView#whenUsable}). */
    public void whenLibraryUsable(Runnable listed, Runnable usable) {
        if (libraryView != null) {
            libraryView.whenUsable(listed, usable);
        }
    }

    /** The portfolio over the library; an assessment opened from it goes back to it. */
    public void showPortfolio() {
        shownAssessment = -1;
        PortfolioViewModel model = new PortfolioViewModel(services, zone, id -> {
            shownAssessment = id;
            content.getChildren().setAll(opener.open(id, this::showPortfolio));
        });
        PortfolioView view = new PortfolioView(model, this::showLibrary);
        content.getChildren().setAll(view.root());
        model.load();
    }

    public void showAssessment(long id) {
        Parent page = (places == null ? opener : places.shownOpener()).open(id, this::showLibrary);
        shownAssessment = id;
        content.getChildren().setAll(page);
    }

    /** Opens the glossary beside the window, searching for {@code term} (empty: every term). */
    public void showGlossary(String term) {
        if (glossary == null) {
            glossary = new GlossaryWindow(reference.glossary(), texts);
        }
        glossary.show(stage, term);
    }

    /** F1 on a selected word looks that word up; with nothing selected the whole glossary opens. */
    private static String selectedWord(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl field ? field.getSelectedText().strip() : "";
    }

    public Appearance appearance() {
        return appearance;
    }

    public Stage stage() {
        return stage;
    }
}
