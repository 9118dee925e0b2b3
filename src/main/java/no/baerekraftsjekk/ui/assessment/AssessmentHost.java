package no.baerekraftsjekk.ui.assessment;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.ui.UiServices;

/**
 * The place in the main window where an assessment is shown. It loads the assessment off the FX
 * thread (a large library or a slow network drive must not freeze the window), shows the
 * {@link AssessmentPage} when it has arrived, and can show another assessment in its place.
 */
public final class AssessmentHost {
    private final UiServices services;
    private final Runnable onClose;
    private final Texts texts;
    private final StackPane root = new StackPane();
    /** Counts loads, so a slow answer for an assessment no longer wanted is dropped. */
    private long generation;

    public AssessmentHost(UiServices services, Runnable onClose) {
        this.services = Objects.requireNonNull(services);
        this.onClose = Objects.requireNonNull(onClose);
        this.texts = services.texts();
        root.getStyleClass().add("assessment-host");
        root.setAlignment(Pos.TOP_LEFT);
    }

    public Parent root() {
        return root;
    }

    /** Loads the assessment and shows it here; says so when it is gone. */
    public void show(long id) {
        long current = ++generation;
        Label opening = new Label(texts.get("assessment.opening"));
        opening.setId("assessmentOpening");
        StackPane.setMargin(opening, new Insets(24));
        root.getChildren().setAll(opening);
        services.tasks().run(() -> services.library().find(id))
                .onSuccess(found -> {
                    if (current != generation) {
                        return;
                    }
                    if (found.isEmpty()) {
                        services.errors().showError(texts.get("assessment.open.failed.title"), texts.get("assessment.open.notFound"));
                        notOpened();
                        return;
                    }
                    root.getChildren().setAll(new AssessmentPage(services, found.get(), onClose, this::show).root());
                })
                .onFailure(LibraryException.class, e -> {
                    services.errors().showError(texts.get("assessment.open.failed.title"), texts.explain(e));
                    notOpened();
                })
                .start();
    }

    private void notOpened() {
        Button back = AssessmentPage.libraryButton(texts);
        back.setOnAction(e -> onClose.run());
        VBox box = new VBox(16, new Label(texts.get("assessment.open.notFound")), back);
        box.setPadding(new Insets(24));
        root.getChildren().setAll(box);
    }
}
