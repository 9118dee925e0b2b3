package no.baerekraftsjekk.app;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * Asks for the council library's password when the server wants one (no Kerberos, no .pgpass).
 * Called from the background thread that connects; waits for the answer on the FX thread. The
 * password goes to the driver and is kept in memory only; it is never written anywhere.
 */
final class FxPasswordPrompt implements Supplier<Optional<char[]>> {
    private final Supplier<Stage> owner;
    private final String server;
    private final Texts texts;

    FxPasswordPrompt(Supplier<Stage> owner, String server, Texts texts) {
        this.owner = owner;
        this.server = server;
        this.texts = texts;
    }

    @Override
    public Optional<char[]> get() {
        FutureTask<Optional<char[]>> ask = new FutureTask<>(this::ask);
        Platform.runLater(ask);
        try {
            return ask.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Optional<char[]> ask() {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(texts.get("council.places.password"));
        dialog.setHeaderText(texts.get("council.places.passwordPrompt", server));
        PasswordField field = new PasswordField();
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> answer = dialog.showAndWait().filter(p -> p.length > 0);
        field.clear();
        return answer;
    }
}
