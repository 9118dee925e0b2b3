package no.baerekraftsjekk.ui.glossary;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.guidance.Glossary;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The glossary in a window of its own beside the assessment, so a caseworker can read a term while
 * writing. One window per program: asking again brings it forward with the new term.
 */
public final class GlossaryWindow {
    private final GlossaryViewModel model;
    private final GlossaryView view;
    private final Texts texts;
    private Stage stage;

    public GlossaryWindow(Glossary glossary, Texts texts) {
        this.texts = texts;
        this.model = new GlossaryViewModel(glossary, texts);
        this.view = new GlossaryView(model, texts);
    }

    /** Shows the glossary, searching for {@code term} (empty for all terms). */
    public void show(Window owner, String term) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(texts.get("glossary.title"));
            Scene scene = new Scene(view.root(), 520, 600);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        model.queryProperty().set(term == null ? "" : term);
        stage.show();
        stage.toFront();
        view.focusSearch();
    }

    /** Closes it for good: the main window restarted in another language and makes a new one. */
    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    GlossaryViewModel model() {
        return model;
    }
}
