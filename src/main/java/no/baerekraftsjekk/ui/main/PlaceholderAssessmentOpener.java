package no.baerekraftsjekk.ui.main;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.ui.UiServices;

/**
 * Stands in for the assessment editor until it is wired in: shows the case title and a way back,
 * so the library can be used and tested on its own.
 */
public final class PlaceholderAssessmentOpener implements AssessmentOpener {
    private final UiServices services;

    public PlaceholderAssessmentOpener(UiServices services) {
        this.services = services;
    }

    @Override
    public Parent open(long id, Runnable onClose) {
        Label title = new Label();
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Button back = new Button(Messages.get("main.placeholder.back"));
        back.setAccessibleText(Messages.get("main.placeholder.back.accessible"));
        back.setCancelButton(true);
        back.setOnAction(e -> onClose.run());
        VBox page = new VBox(16, title, back);
        page.setPadding(new Insets(24));
        page.getStyleClass().add("assessment-placeholder");
        services.tasks().run(() -> services.library().find(id))
                .onSuccess(found -> {
                    String text = found.map(StoredAssessment::assessment).map(a -> a.caseInfo().title()).orElse("");
                    title.setText(text);
                    title.setAccessibleText(text);
                    back.requestFocus();
                })
                .start();
        return page;
    }
}
