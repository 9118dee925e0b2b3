package no.baerekraftsjekk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks with an alert owned by the program's window; the answer comes when the alert is closed. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public <T> void choose(Question<T> question, Consumer<T> answer) {
        BackgroundTasks.onFxThread(() -> show(question, answer));
    }

    private <T> void show(Question<T> question, Consumer<T> answer) {
        // A question before the window's first frame comes before the theme; the dialog needs it.
        Theme.apply();
        List<ButtonType> buttons = new ArrayList<>();
        for (Choice<T> choice : question.choices()) {
            // Every way out but the cancel one as OTHER, so every platform's button order keeps them as given.
            buttons.add(new ButtonType(choice.label(), choice.cancel() ? ButtonData.CANCEL_CLOSE : ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, "", buttons.toArray(ButtonType[]::new));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(question.title());
        alert.setHeaderText(question.title());
        Label content = new Label(question.message());
        content.setWrapText(true);
        content.setMaxWidth(620);
        content.setAccessibleText(question.message());
        alert.getDialogPane().setContent(content);
        for (ButtonType type : buttons) {
            // The whole choice must be readable, never "Gjenopprett sikker…".
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        ((Button) alert.getDialogPane().lookupButton(buttons.getFirst())).setDefaultButton(true);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(660);
        alert.setOnHidden(e -> {
            int index = buttons.indexOf(alert.getResult());
            if (index < 0) {
                return;
            }
            Choice<T> chosen = question.choices().get(index);
            LOG.info("Asked \"{}\", answered \"{}\"", question.title(), chosen.label());
            answer.accept(chosen.value());
        });
        LOG.info("Asking: {}", question.title());
        // Not showAndWait: the question must never block the background work around it.
        alert.show();
    }
}
