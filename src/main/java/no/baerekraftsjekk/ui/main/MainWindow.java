package no.baerekraftsjekk.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import no.baerekraftsjekk.ui.library.LibraryView;
import no.baerekraftsjekk.ui.library.LibraryViewModel;

/**
 * The program's window. It shows the library, and an assessment in its place when one is opened;
 * it remembers its size and position between sessions.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/no/baerekraftsjekk/ui/app.css";

    private final Stage stage;
    private final UiServices services;
    private final AssessmentOpener opener;
    private final ExampleAssessments examples;
    private final ZoneId zone;

    @FXML private BorderPane root;
    @FXML private StackPane content;

    public MainWindow(Stage stage, UiServices services, AssessmentOpener opener, ExampleAssessments examples, ZoneId zone) {
        this.stage = Objects.requireNonNull(stage);
        this.services = Objects.requireNonNull(services);
        this.opener = Objects.requireNonNull(opener);
        this.examples = Objects.requireNonNull(examples);
        this.zone = Objects.requireNonNull(zone);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), Messages.bundle());
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The main window's layout could not be loaded", e);
        }
    }

    /** Shows the window with the library in it. */
    public void show() {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle(Messages.get("app.title"));
        WindowBounds bounds = new WindowBounds(services.settings());
        bounds.restore(stage);
        stage.setScene(scene);
        showLibrary();
        stage.show();
        bounds.track(stage);
    }

    public void showLibrary() {
        LibraryViewModel model = new LibraryViewModel(services, examples, this::showAssessment);
        LibraryView view = new LibraryView(model, zone);
        content.getChildren().setAll(view.root());
        view.load();
        view.focusFirst();
    }

    public void showAssessment(long id) {
        Parent page = opener.open(id, this::showLibrary);
        content.getChildren().setAll(page);
    }

    public Stage stage() {
        return stage;
    }
}
