package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.WindowSmallSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 20: a new assessment starts with the keyboard in an empty title field, not on «Til biblioteket». */
@ExtendWith(ApplicationExtension.class)
class NewAssessmentWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void aNewAssessmentPutsTheFocusInAnEmptyTitleField(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        // Fired rather than clicked: a click lands on whatever window an earlier test left on top there.
        javafx.scene.control.Button newAssessment = robot.from(stage.getScene().getRoot()).lookup(".library-empty .button")
                .queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> "Ny vurdering".equals(b.getText())).findFirst().orElseThrow();
        robot.interact(newAssessment::fire);
        WindowUnderTest.waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#caseTitle").tryQuery().isPresent());
        try {
            WindowUnderTest.waitUntil(() -> {
                Node focused = stage.getScene().getFocusOwner();
                return focused != null && "caseTitle".equals(focused.getId());
            });
        } catch (java.util.concurrent.TimeoutException e) {
            Node focused = stage.getScene().getFocusOwner();
            StringBuilder path = new StringBuilder();
            for (Node n = focused; n != null; n = n.getParent()) {
                path.append(" < ").append(n.getClass().getSimpleName()).append('#').append(n.getId()).append(n.getStyleClass());
            }
            javafx.stage.Window.getWindows().forEach(w -> path.append("\n window ").append(w).append(" showing=").append(w.isShowing())
                    .append(" focused=").append(w.isFocused()));
            TextField t = robot.from(stage.getScene().getRoot()).lookup("#caseTitle").queryAs(TextField.class);
            throw new AssertionError("focus owner: " + path + "\n title: scene=" + (t.getScene() == stage.getScene())
                    + " treeVisible=" + t.isVisible() + " disabled=" + t.isDisabled() + " focusTraversable=" + t.isFocusTraversable(), e);
        }
        TextField title = robot.from(stage.getScene().getRoot()).lookup("#caseTitle").queryAs(TextField.class);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(title);
        assertThat(title.getText()).isEmpty();
        assertThat(title.getPromptText()).isNotBlank();
        WindowSmallSnapshots.save(stage.getScene(), "new-assessment");

        // What is typed is the title; nothing to delete first.
        robot.interact(stage::requestFocus);
        robot.write("Vindkraft på Fjellet");
        assertThat(title.getText()).isEqualTo("Vindkraft på Fjellet");
    }
}
