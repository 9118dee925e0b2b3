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
import no.baerekraftsjekk.ui.common.Appearance;
import no.baerekraftsjekk.ui.common.TextSize;
import no.baerekraftsjekk.ui.common.ThemeChoice;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.ui.common.WindowLanguage;

/**
 * The small settings dialog behind the main window's «Innstillinger» button: the window's language,
 * look and text size. Every choice is remembered at once. The look and the text size change every
 * window at once; the language is used from the next start, or at once when the caseworker restarts
 * the window from here (the open assessment is stored first and opened again).
 */
final class SettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
    private final Label next;

    /** @param restartNow rebuilds the window in the remembered language, keeping the open assessment */
    SettingsDialog(Window owner, UserSettings settings, Appearance appearance, Texts texts, Runnable restartNow) {
        this(owner, settings, appearance, texts, restartNow, no.baerekraftsjekk.domain.profile.ProfileSource.builtIn());
    }

    /** @param profile the council's profile in use, shown with its problem when it is broken */
    SettingsDialog(Window owner, UserSettings settings, Appearance appearance, Texts texts, Runnable restartNow,
            no.baerekraftsjekk.domain.profile.ProfileSource profile) {
        this(owner, settings, appearance, texts, restartNow, profile, java.util.Optional.empty());
    }

    /** @param upload for an administrator connected to the council library: putting the council's profile there */
    SettingsDialog(Window owner, UserSettings settings, Appearance appearance, Texts texts, Runnable restartNow,
            no.baerekraftsjekk.domain.profile.ProfileSource profile, java.util.Optional<CouncilProfileUpload> upload) {
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
        language.setAccessibleHelp(help.getText());
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
        ComboBox<ThemeChoice> theme = choice("settingsTheme", ThemeChoice.values(), c -> texts.get(c.textKey()));
        theme.valueProperty().bindBidirectional(appearance.themeProperty());
        Label themeLabel = labelFor(theme, texts.get("a11y.settings.theme"));
        Label themeHelp = help(theme, texts.get("a11y.settings.theme.help"));
        ComboBox<TextSize> size = choice("settingsTextSize", TextSize.values(), s -> s.percent() + " %");
        size.valueProperty().bindBidirectional(appearance.textSizeProperty());
        Label sizeLabel = labelFor(size, texts.get("a11y.settings.textSize"));
        Label sizeHelp = help(size, texts.get("a11y.settings.textSize.help"));
        Label profileHeading = new Label(texts.get("settings.profile"));
        profileHeading.setStyle("-fx-font-weight: bold;");
        Label profileText = new Label(ProfileDescription.of(profile, texts));
        profileText.setId("settingsProfile");
        profileText.setWrapText(true);
        if (profile.isBroken()) {
            profileText.getStyleClass().add("field-error");
        }
        Label profileHelp = new Label(texts.get("settings.profile.help"));
        profileHelp.setWrapText(true);
        VBox box = new VBox(8, label, language, help, next, restart, themeLabel, theme, themeHelp, sizeLabel, size, sizeHelp,
                new javafx.scene.control.Separator(), profileHeading, profileText, profileHelp);
        upload.ifPresent(u -> box.getChildren().addAll(uploadControls(u, texts)));
        box.setPadding(new Insets(12));
        // In em: the dialog grows with the text size it sets.
        box.setStyle("-fx-pref-width: 30em;");
        // With the council's profile and an administrator's button the dialog grew taller than a
        // 768-pixel screen: it scrolls when it must, and fits the screen.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.setOnShown(e -> fitScreen(scroll, box));
        // JavaFX's own «Close» speaks English in a Norwegian window.
        ButtonType close = new ButtonType(texts.get("a11y.settings.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ButtonBar.setButtonUniformSize(closeButton, false);
    }

    /** Room for the title bar and the Close button is left on the screen the dialog is on. */
    private void fitScreen(javafx.scene.control.ScrollPane scroll, VBox box) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        double screen = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds().getHeight();
        double room = screen - (window.getHeight() - scroll.getHeight()) - 40;
        if (box.getHeight() > room && room > 100) {
            scroll.setPrefViewportHeight(room);
            window.sizeToScene();
            window.centerOnScreen();
        }
    }

    /** The administrator's button and what the last put said (why nothing was stored, in the error style). */
    private javafx.scene.Node[] uploadControls(CouncilProfileUpload upload, Texts texts) {
        Button put = new Button(texts.get("settings.profile.put"));
        put.setId("settingsProfilePut");
        put.setAccessibleHelp(texts.get("settings.profile.putHelp", upload.library()));
        put.disableProperty().bind(upload.busyProperty());
        Label said = new Label();
        said.setId("settingsProfilePutMessage");
        said.setWrapText(true);
        said.textProperty().bind(upload.messageProperty());
        said.visibleProperty().bind(upload.messageProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        upload.faultProperty().addListener((obs, was, now) -> {
            if (now) {
                said.getStyleClass().add("field-error");
            } else {
                said.getStyleClass().remove("field-error");
            }
        });
        put.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(texts.get("settings.profile.putTitle"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(texts.get("settings.profile.putFilter"),
                    no.baerekraftsjekk.domain.profile.ProfileReader.FILE_NAME, "*.json"));
            java.io.File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                upload.put(chosen.toPath());
            }
        });
        Label help = new Label(texts.get("settings.profile.putHelp", upload.library()));
        help.setWrapText(true);
        return new javafx.scene.Node[] {help, put, said};
    }

    private static <T> ComboBox<T> choice(String id, T[] values, java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static Label labelFor(ComboBox<?> box, String text) {
        Label label = new Label(text);
        label.setLabelFor(box);
        box.setAccessibleText(text);
        return label;
    }

    private static Label help(ComboBox<?> box, String text) {
        Label help = new Label(text);
        help.setWrapText(true);
        box.setAccessibleHelp(text);
        return help;
    }

    void show() {
        dialog.show();
    }
}
