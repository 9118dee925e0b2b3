package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in nynorsk, as a caseworker who chose it in the settings meets it after a restart:
 * every step of a new assessment at 1280 × 768 (the headless screen is 1280 × 800; 1366 overflows it), saved as pictures to look at (target/snapshots/nn-*),
 * and no label cut short with an ellipsis.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class NynorskWindowJourneyTest {
    @TempDir
    Path data;

    private DesktopSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        // What the settings dialog leaves behind when nynorsk is chosen.
        Files.writeString(data.resolve("settings.properties"), "window.language=nn\n");
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void everyStepSpeaksNynorskAndNoLabelIsCut(FxRobot robot) throws Exception {
        // Longer than WindowUnderTest's 10 s: the library's first migration is slow on a loaded machine.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(768);
        });
        assertThat(robot.lookup("#settingsButton").queryAs(Labeled.class).getText()).isEqualTo("Innstillingar");
        assertThat(robot.lookup(".library-empty").queryAs(Parent.class).lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText())).contains("Du har ingen vurderingar enno");
        List<String> cut = new ArrayList<>(cutLabels(stage.getScene().getRoot()));
        TestSnapshots.save(stage.getScene(), "nn-library-empty");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#caseTitle").tryQuery().isPresent());
        for (int step = 1; step <= 7; step++) {
            WaitForAsyncUtils.waitForFxEvents();
            TestSnapshots.save(stage.getScene(), "nn-step-" + step);
            // After the snapshot, which lays the scene out: one pulse may leave a wrapped label unmeasured.
            cut.addAll(cutLabels(stage.getScene().getRoot()).stream().map(("step " + step + ": ")::concat).toList());
            if (step < 7) {
                robot.clickOn("#nextStep");
            }
        }
        @SuppressWarnings("unchecked")
        ComboBox<Language> reportLanguage = robot.lookup("#reportLanguage").queryAs(ComboBox.class);
        assertThat(reportLanguage.getValue()).as("the report's language follows the window's").isEqualTo(Language.NN);
        assertThat(cut).as("labels cut short").isEmpty();
    }

    /** Labels whose drawn text ends in an ellipsis that their own text does not have: too little room. */
    static List<String> cutLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        // One selector at a time: Node.lookupAll does not take a comma-separated group (it matched nothing).
        java.util.Set<Node> labels = new java.util.LinkedHashSet<>();
        for (String selector : List.of(".label", ".button", ".check-box", ".radio-button", ".toggle-button", ".hyperlink")) {
            labels.addAll(root.lookupAll(selector));
        }
        for (Node node : labels) {
            if (node instanceof Labeled labeled && shown(labeled)) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    String ellipsis = labeled.getEllipsisString();
                    if (child instanceof Text drawn && drawn.getText() != null && !ellipsis.isEmpty()
                            && drawn.getText().endsWith(ellipsis) && !labeled.getText().endsWith(ellipsis)) {
                        cut.add(labeled.getText());
                    }
                }
            }
        }
        return cut;
    }

    /** Visible itself and in every parent: a hidden bar's button is not drawn, and not cut. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
