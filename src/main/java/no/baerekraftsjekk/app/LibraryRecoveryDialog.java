package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryBackups.Backup;
import no.baerekraftsjekk.storage.LibraryUnusableException;

/**
 * Asks the caseworker what to do when the library file cannot be used: start a new, empty library
 * beside it, bring back the newest backup (also as a new library beside it), or quit. Whatever is
 * chosen, the unusable file is left exactly as it is.
 */
final class LibraryRecoveryDialog {
    enum Choice {
        NEW_LIBRARY,
        RESTORE_BACKUP,
        EXIT
    }

    private LibraryRecoveryDialog() {
    }

    static void show(Window owner, LibraryUnusableException problem, Optional<Backup> newest, Path logFolder, Texts texts,
            Consumer<Choice> then) {
        // Both ways out as OTHER, so every platform's button order keeps them in this order, left of Avslutt.
        ButtonType fresh = new ButtonType(texts.get("app.recovery.newLibrary"), ButtonData.OTHER);
        ButtonType restore = new ButtonType(texts.get("app.recovery.restore"), ButtonData.OTHER);
        ButtonType exit = new ButtonType(texts.get("app.recovery.exit"), ButtonData.CANCEL_CLOSE);
        Alert alert = newest.isPresent()
                ? new Alert(Alert.AlertType.WARNING, "", fresh, restore, exit)
                : new Alert(Alert.AlertType.WARNING, "", fresh, exit);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        String title = texts.get("app.recovery.title");
        alert.setTitle(title);
        alert.setHeaderText(title);
        String text = newest
                .map(b -> texts.get("app.recovery.text", problem.whatIsWrong(), Date.from(b.taken()), logFolder.toAbsolutePath()))
                .orElseGet(() -> texts.get("app.recovery.textNoBackup", problem.whatIsWrong(), logFolder.toAbsolutePath()));
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(620);
        alert.getDialogPane().setContent(content);
        for (ButtonType type : alert.getButtonTypes()) {
            // The whole choice must be readable, never "Gjenopprett sikker…".
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            javafx.scene.control.ButtonBar.setButtonUniformSize(button, false);
        }
        ((Button) alert.getDialogPane().lookupButton(fresh)).setDefaultButton(true);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(660);
        alert.setOnHidden(e -> {
            ButtonType answer = alert.getResult();
            then.accept(answer == fresh ? Choice.NEW_LIBRARY : answer == restore ? Choice.RESTORE_BACKUP : Choice.EXIT);
        });
        alert.show();
    }
}
