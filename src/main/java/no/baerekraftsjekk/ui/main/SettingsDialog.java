package no.baerekraftsjekk.ui.main;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.ui.common.WindowLanguage;

/**
 * The small settings dialog behind the main window's «Innstillinger» button: today the window's
 * language. The choice is remembered at once; it is used from the next start, or at once when the
 * caseworker restarts the window from here (the open assessment is stored first and opened again).
 */
final class SettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
    private final Label next;

    /** @param restartNow rebuilds the window in the remembered language, keeping the open assessment */
    SettingsDialog(Window owner, UserSettings settings, Texts texts, Runnable restartNow) {
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("settings.title"));
        dialog.setHeaderText(null);
        language.setId("settingsLanguage");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? "" : value.ownName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        Language current = WindowLanguage.of(settings);
        language.setValue(current);
        Label label = new Label(texts.get("settings.language"));
        label.setLabelFor(language);
        Label help = new Label(texts.get("settings.language.help"));
        help.setWrapText(true);
        next = new Label(texts.get("settings.language.next"));
        next.setId("settingsLanguageNext");
        next.setWrapText(true);
        // Said only once there is something to wait for: the window still speaks its old language.
        next.visibleProperty().bind(language.valueProperty().isNotEqualTo(texts.language()));
        next.managedProperty().bind(next.visibleProperty());
        language.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                WindowLanguage.remember(settings, chosen);
            }
        });
        Button restart = new Button(texts.get("settings.language.restart"));
        restart.setId("settingsRestart");
        restart.visibleProperty().bind(next.visibleProperty());
        restart.managedProperty().bind(restart.visibleProperty());
        restart.setOnAction(e -> {
            dialog.close();
            restartNow.run();
        });
        VBox box = new VBox(8, label, language, help, next, restart);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    void show() {
        dialog.show();
    }
}
