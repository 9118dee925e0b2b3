package no.baerekraftsjekk.app;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryException;

/**
 * Tells the caseworker, in Norwegian, that the library could not be opened, where it is and where
 * the log is; the program ends when the dialog closes, since there is nothing to work on.
 */
final class LibraryFailureDialog {
    private final Path dataFolder;
    private final Path logFolder;
    private final Texts texts;

    LibraryFailureDialog(Path dataFolder, Path logFolder, Texts texts) {
        this.texts = texts;
        this.dataFolder = dataFolder;
        this.logFolder = logFolder;
    }

    void show(Window owner, Throwable error, Runnable afterClosed) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(texts.get("app.library.openFailedTitle"));
        alert.setHeaderText(texts.get("app.library.openFailedTitle"));
        Label text = new Label(message(error));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setAccessibleText(text.getText());
        alert.getDialogPane().setContent(text);
        alert.setOnHidden(e -> afterClosed.run());
        alert.show();
    }

    String message(Throwable error) {
        // The library's first line says what and where; driver details below it are for the log.
        String detail = error instanceof LibraryException
                ? texts.explain(error).lines().findFirst().orElse("").strip()
                : texts.get("app.library.openFailedUnexpected");
        return texts.get("app.library.openFailed", detail, dataFolder.toAbsolutePath(), logFolder.toAbsolutePath());
    }
}
