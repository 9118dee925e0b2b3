package no.baerekraftsjekk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.Theme;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While the library opens, the window says so at once, in a first frame that needs no theme; a
 * spinner joins only when the wait is long.
 */
class MainWindowOpeningTest {
    private static final long DELAY_NANOS = (long) OpeningNotice.SPINNER_DELAY.toMillis() * 1_000_000;
    private Stage stage;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @AfterEach
    void close() {
        FxTesting.onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            Theme.apply();
        });
    }

    @Test
    void theFirstFrameNeedsNoThemeAndLooksTheSameWhenTheThemeComes() {
        MainWindow window = FxTesting.get(() -> {
            // Another look than the program's, to see that the first frame does not depend on it.
            Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA);
            stage = new Stage();
            MainWindow shown = new MainWindow(stage, new FakeSettings(), ExampleAssessments.shipped(), ZoneId.of("Europe/Oslo"), Words.TEXTS,
                    Words.REFERENCE);
            shown.show();
            settle();
            return shown;
        });
        assertThat(FxTesting.get(() -> controlsIn(stage.getScene().getRoot()))).as("controls in the first frame").isEmpty();
        String before = FxTesting.get(() -> looks(words()));
        assertThat(before).as("the theme's muted colour and size, from app.css").startsWith("0x57606aff").contains("size=14.0", "LCD");
        TestSnapshots.save(stage.getScene(), "main-opening-first-frame");

        FxTesting.onFx(() -> {
            window.applyTheme();
            settle();
        });

        assertThat(FxTesting.get(() -> words().getText())).isEqualTo("Åpner biblioteket …");
        assertThat(FxTesting.get(() -> looks(words()))).isEqualTo(before);
    }

    @Test
    void theSpinnerComesOnlyAfterAWaitOnceTheThemeIsThere() {
        long themedAt = FxTesting.get(() -> {
            stage = new Stage();
            MainWindow window = new MainWindow(stage, new FakeSettings(), ExampleAssessments.shipped(), ZoneId.of("Europe/Oslo"), Words.TEXTS,
                    Words.REFERENCE);
            window.show();
            window.applyTheme();
            settle();
            return System.nanoTime();
        });
        boolean spinnerAtOnce = FxTesting.get(() -> spinner(stage.getScene().getRoot()) != null);
        if (System.nanoTime() - themedAt < DELAY_NANOS) {
            assertThat(spinnerAtOnce).as("a spinner before the delay").isFalse();
        }
        double wordsBefore = FxTesting.get(() -> words().localToScene(0, 0).getY());

        FxTesting.await("the spinner after a long wait", () -> FxTesting.get(() -> spinner(stage.getScene().getRoot()) != null));
        TestSnapshots.save(stage.getScene(), "main-opening-library");
        assertThat(System.nanoTime() - themedAt).isGreaterThanOrEqualTo(DELAY_NANOS);
        assertThat(FxTesting.get(() -> spinner(stage.getScene().getRoot()).isIndeterminate())).isTrue();
        assertThat(FxTesting.get(() -> words().localToScene(0, 0).getY())).as("the words stay where they were").isEqualTo(wordsBefore);
    }

    /** What the next pulse would do: styles from the new theme, and the layout they give. */
    private void settle() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    private Text words() {
        return (Text) stage.getScene().getRoot().lookup(".opening-text");
    }

    /** What the caseworker sees of the words: colour, font, smoothing and place. */
    private static String looks(Text text) {
        return text.getFill() + " " + text.getFont() + " " + text.getFontSmoothingType() + " "
                + text.getBoundsType() + " " + text.localToScene(text.getLayoutBounds());
    }

    private static List<Node> controlsIn(Parent parent) {
        List<Node> controls = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control) {
                controls.add(child);
            } else if (child instanceof Parent inner) {
                controls.addAll(controlsIn(inner));
            }
        }
        return controls;
    }

    private static ProgressIndicator spinner(Parent root) {
        for (Node node : root.lookupAll(".progress-indicator")) {
            if (node instanceof ProgressIndicator progress) {
                return progress;
            }
        }
        return null;
    }
}
