package no.baerekraftsjekk.ui.library;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentSummary;

/**
 * «Til kvalitetssikring»: the assessments of the units a leader leads that ask for review, oldest
 * request first; opening one shows it in the main window, with the review bar.
 */
final class ReviewQueueView {
    private final VBox root = new VBox(8);

    ReviewQueueView(List<AssessmentSummary> waiting, Texts texts, Consumer<AssessmentSummary> open) {
        Label heading = new Label(texts.get("roles.queue.heading"));
        heading.getStyleClass().add("section-heading");
        ListView<AssessmentSummary> list = new ListView<>();
        list.setId("reviewQueue");
        list.getItems().setAll(waiting);
        list.setPlaceholder(new Label(texts.get("roles.queue.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AssessmentSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : texts.get("roles.queue.line", item.title(), item.unit(), texts.name(item.status())));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button openButton = new Button(texts.get("roles.queue.open"));
        openButton.setId("openFromReviewQueue");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open.accept(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        if (!waiting.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        root.getChildren().setAll(heading, list, new HBox(8, openButton));
        root.setPadding(new Insets(16));
    }

    VBox root() {
        return root;
    }
}
