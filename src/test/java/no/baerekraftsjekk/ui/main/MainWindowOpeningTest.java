package no.baerekraftsjekk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** While the library opens, the window says so at once; a spinner joins only when the wait is long. */
class MainWindowOpeningTest {
    private static final long DELAY_NANOS = (long) MainWindow.SPINNER_DELAY.toMillis() * 1_000_000;
    private Stage stage;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
        FxTesting.onFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()));
    }

    @AfterEach
    void close() {
        FxTesting.onFx(() -> stage.close());
    }

    @Test
    void theFirstFrameSaysTheLibraryIsOpeningAndTheSpinnerComesOnlyAfterAWait() {
        long shownAt = FxTesting.get(() -> {
            stage = new Stage();
            new MainWindow(stage, new MemorySettings(), ExampleAssessments.shipped(), ZoneId.of("Europe/Oslo")).show();
            return System.nanoTime();
        });

        boolean spinnerAtOnce = FxTesting.get(() -> !stage.getScene().getRoot().lookupAll(".progress-indicator").isEmpty());
        String words = FxTesting.get(() -> stage.getScene().getRoot().lookupAll(".label").stream()
                .map(node -> ((Label) node).getText()).reduce("", String::concat));
        assertThat(words).isEqualTo("Åpner biblioteket …");
        if (System.nanoTime() - shownAt < DELAY_NANOS) {
            assertThat(spinnerAtOnce).as("a spinner before the delay").isFalse();
        }

        FxTesting.await("the spinner after a long wait", () -> FxTesting.get(() -> spinner(stage.getScene().getRoot()) != null));
        double wordsBefore = FxTesting.get(() -> stage.getScene().getRoot().lookup(".label").localToScene(0, 0).getY());
        TestSnapshots.save(stage.getScene(), "main-opening-library");
        assertThat(System.nanoTime() - shownAt).isGreaterThanOrEqualTo(DELAY_NANOS);
        assertThat(FxTesting.get(() -> spinner(stage.getScene().getRoot()).isIndeterminate())).isTrue();
        assertThat(wordsBefore).as("the words stay where they were").isEqualTo(
                FxTesting.get(() -> stage.getScene().getRoot().lookup(".label").localToScene(0, 0).getY()));
    }

    private static ProgressIndicator spinner(Parent root) {
        for (Node node : root.lookupAll(".progress-indicator")) {
            if (node instanceof ProgressIndicator progress) {
                return progress;
            }
        }
        return null;
    }

    private static final class MemorySettings implements UserSettings {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public String get(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }
    }
}
