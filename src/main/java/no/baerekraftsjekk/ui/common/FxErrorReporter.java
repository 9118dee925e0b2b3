package no.baerekraftsjekk.ui.common;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.text.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows problems as one Norwegian dialog. An unexpected error gets a short id that is shown to the
 * caseworker and written to the log beside the stack trace, so support can find the one entry that
 * matters when the caseworker calls.
 */
public final class FxErrorReporter implements ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(FxErrorReporter.class);

    private final Supplier<Window> owner;
    private final Path logFolder;
    private final RandomGenerator random;
    private final Texts texts;

    public FxErrorReporter(Supplier<Window> owner, Path logFolder, RandomGenerator random, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.owner = Objects.requireNonNull(owner);
        this.logFolder = Objects.requireNonNull(logFolder);
        this.random = Objects.requireNonNull(random);
    }

    public FxErrorReporter(Supplier<Window> owner, Path logFolder, Texts texts) {
        this(owner, logFolder, RandomGenerator.getDefault(), texts);
    }

    @Override
    public void showError(String title, String message) {
        LOG.info("Shown to the user: {}: {}", title, message);
        BackgroundTasks.onFxThread(() -> show(title, message));
    }

    @Override
    public void showUnexpected(Throwable error) {
        String id = newErrorId();
        LOG.error("Unexpected error, id {}", id, error);
        BackgroundTasks.onFxThread(() -> show(texts.get("common.error.unexpectedTitle"),
                texts.get("common.error.unexpected", id, logFolder.toAbsolutePath())));
    }

    /** Eight hex digits: short enough to read out on the phone, unique enough within one log. */
    String newErrorId() {
        return HexFormat.of().toHexDigits(random.nextInt());
    }

    private void show(String title, String message) {
        // An error before the window's first frame comes before the theme; the dialog needs it.
        Theme.apply();
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A label that wraps, so long paths and lists of problems are never cut off.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.setAccessibleText(message);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Not showAndWait: an error must never block the background work that reports it.
        alert.show();
    }
}
