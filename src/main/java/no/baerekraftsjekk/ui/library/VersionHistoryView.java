package no.baerekraftsjekk.ui.library;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.council.AssessmentVersion;

/**
 * The history screen: versions on the left (choose one to view or restore, two to compare), the
 * chosen version read-only or the changes between two on the right. Only binds.
 */
public final class VersionHistoryView {
    private final BorderPane root = new BorderPane();

    public VersionHistoryView(VersionHistoryViewModel model, Texts texts) {
        ListView<AssessmentVersion> list = new ListView<>(model.versions());
        list.setId("history-versions");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AssessmentVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        list.setPrefWidth(440);
        var chosen = list.getSelectionModel().getSelectedItems();

        Button view = new Button(texts.get("council.history.view"));
        Button compare = new Button(texts.get("council.history.compare"));
        Button restore = new Button(texts.get("council.history.restore"));
        view.setId("history-view");
        compare.setId("history-compare");
        restore.setId("history-restore");
        view.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(1));
        restore.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(1));
        compare.disableProperty().bind(Bindings.size(chosen).isNotEqualTo(2));
        view.setOnAction(e -> model.view(chosen.get(0)));
        restore.setOnAction(e -> model.restore(chosen.get(0)));
        compare.setOnAction(e -> {
            List<AssessmentVersion> two = List.copyOf(chosen);
            model.compare(two.get(0), two.get(1));
        });

        TextArea shown = new TextArea();
        shown.setId("history-shown");
        shown.setEditable(false);
        shown.setWrapText(true);
        shown.textProperty().bind(model.shownProperty());
        ListView<String> changes = new ListView<>(model.changes());
        changes.setId("history-changes");
        changes.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(changes.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Label status = new Label();
        status.setId("history-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        Label heading = new Label(texts.get("council.history.heading"));
        heading.getStyleClass().add("library-heading");
        HBox buttons = new HBox(8, view, compare, restore);
        VBox right = new VBox(8, new Label(texts.get("council.history.shownLabel")), shown,
                new Label(texts.get("council.history.changesLabel")), changes, status);
        VBox.setVgrow(shown, Priority.ALWAYS);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox left = new VBox(8, list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setTop(heading);
        root.setLeft(left);
        root.setCenter(right);
        BorderPane.setMargin(left, new Insets(8, 8, 0, 0));
        BorderPane.setMargin(right, new Insets(8, 0, 0, 8));
        root.setPadding(new Insets(16));
    }

    public Parent root() {
        return root;
    }
}
