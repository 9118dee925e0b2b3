package no.baerekraftsjekk.ui.assessment.review;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.council.LibraryUser;

/**
 * Under the review bar: the line that says the editor is read-only and why, and for the owner the
 * «Kolleger med tilgang …» menu. Only binds; {@link AccessViewModel} decides.
 */
public final class AccessBar {
    private final HBox root = new HBox(12);

    public AccessBar(AccessViewModel model, Texts texts) {
        Label readOnly = new Label();
        readOnly.setId("readOnlyNotice");
        readOnly.getStyleClass().add("read-only-notice");
        // Stands out from the review's status line above it: it says why nothing here can be changed.
        readOnly.setStyle("-fx-font-weight: bold;");
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.textProperty().bind(model.readOnlyReasonProperty());
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        HBox.setHgrow(readOnly, Priority.ALWAYS);

        Label chosen = new Label();
        chosen.setId("colleaguesChosen");
        chosen.setWrapText(true);
        chosen.setMaxWidth(Double.MAX_VALUE);
        chosen.textProperty().bind(model.chosenTextProperty());
        HBox.setHgrow(chosen, Priority.ALWAYS);
        MenuButton colleagues = new MenuButton(texts.get("rolesui.colleagues.button"));
        colleagues.setId("colleaguesMenu");
        colleagues.setMinWidth(Region.USE_PREF_SIZE);
        colleagues.setAccessibleText(texts.get("rolesui.colleagues.accessible"));
        colleagues.disableProperty().bind(model.busyProperty());
        Runnable fill = () -> colleagues.getItems().setAll(items(model, texts));
        model.candidates().addListener((ListChangeListener<LibraryUser>) c -> fill.run());
        model.chosen().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        HBox owner = new HBox(8, chosen, colleagues);
        owner.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(owner, Priority.ALWAYS);
        owner.visibleProperty().bind(model.ownerProperty());
        owner.managedProperty().bind(owner.visibleProperty());

        root.getChildren().setAll(readOnly, owner);
        root.setId("accessBar");
        root.getStyleClass().add("access-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 16, 6, 16));
        root.visibleProperty().bind(model.readOnlyProperty().or(model.ownerProperty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    /** One tick per registered caseworker or leader; ticking saves at once. */
    private static java.util.List<MenuItem> items(AccessViewModel model, Texts texts) {
        if (model.candidates().isEmpty()) {
            MenuItem none = new MenuItem(texts.get("rolesui.colleagues.noCandidates"));
            none.setDisable(true);
            return java.util.List.of(none);
        }
        return model.candidates().stream().map(user -> {
            CheckMenuItem item = new CheckMenuItem(user.units().isEmpty() ? user.name()
                    : texts.get("rolesui.colleagues.candidate", user.name(), String.join(", ", user.units())));
            item.setId("colleague-" + user.login());
            item.setSelected(model.chosen().contains(user.login()));
            item.setOnAction(e -> model.choose(user.login(), item.isSelected()));
            return (MenuItem) item;
        }).toList();
    }

    public HBox root() {
        return root;
    }
}
