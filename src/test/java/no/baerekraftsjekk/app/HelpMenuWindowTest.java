package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.cli.AppVersion;
import no.baerekraftsjekk.ui.WindowSmallSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 20: «Hjelp» on every screen, «Om programmet» with the version, the guide and the key list; Space opens a choice box. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuWindowTest {
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

    private Stage helpWindow(FxRobot robot, String item, String id) throws Exception {
        robot.clickOn("#helpMenu");
        robot.clickOn(robot.lookup(n -> n.getStyleClass().contains("menu-item") && n.getId() != null && n.getId().equals(item))
                .tryQuery().orElseGet(() -> robot.lookup(".context-menu .menu-item").nth(0).query()));
        WindowUnderTest.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null && w.getScene().lookup("#" + id) != null));
        return (Stage) Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#" + id) != null)
                .findFirst().orElseThrow();
    }

    @Test
    void theHelpMenuShowsAboutWithTheVersionTheGuideAndTheKeys(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WindowSmallSnapshots.save(stage.getScene(), "library-with-help-menu");

        Stage about = helpWindow(robot, "helpAbout", "helpAboutWindow");
        assertThat(about.getTitle()).isEqualTo("Om Bærekraftsjekk");
        assertThat(((Label) about.getScene().lookup("#aboutText")).getText()).startsWith("Bærekraftsjekk, versjon " + AppVersion.version() + ".");
        WindowSmallSnapshots.save(about.getScene(), "help-about");
        robot.interact(about::hide);

        Stage keys = helpWindow(robot, "helpKeys", "helpKeysWindow");
        assertThat(robot.from(keys.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Neste steg", "Forrige steg");
        WindowSmallSnapshots.save(keys.getScene(), "help-keys");
        robot.interact(keys::hide);

        Stage guide = helpWindow(robot, "helpGuide", "helpGuideWindow");
        assertThat(robot.from(guide.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Slik går du fram");
        WindowSmallSnapshots.save(guide.getScene(), "help-guide");
        robot.interact(guide::hide);
    }

    @Test
    void theStepButtonsTellTheirKeysAndSpaceOpensTheCaseType(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        robot.clickOn(robot.lookup(".library-empty .button").queryAllAs(Button.class).stream()
                .filter(b -> "Ny vurdering".equals(b.getText())).findFirst().orElseThrow());
        WindowUnderTest.waitUntil(() -> robot.lookup("#caseType").tryQuery().isPresent());
        assertThat(robot.lookup("#nextStep").queryAs(Button.class).getTooltip().getText())
                .isEqualTo("Neste steg (" + no.baerekraftsjekk.ui.common.Shortcuts.NEXT_STEP.getDisplayText() + " eller Alt+N)");
        assertThat(robot.lookup("#toLibrary").queryAs(Button.class).getTooltip().getText()).contains("Alt+B");

        ComboBox<?> caseType = robot.lookup("#caseType").queryAs(ComboBox.class);
        robot.interact(caseType::requestFocus);
        WindowUnderTest.waitUntil(() -> stage.getScene().getFocusOwner() == caseType);
        // The key is given to the combo box's own scene, as the window with the focus would: typing
        // through the robot reaches whichever window the earlier tests left with the system's focus.
        robot.interact(() -> javafx.event.Event.fireEvent(caseType, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false)));
        WindowUnderTest.waitUntil(caseType::isShowing);
        assertThat(caseType.isShowing()).isTrue();
        robot.interact(caseType::hide);
        WindowUnderTest.waitUntil(() -> !caseType.isShowing());
    }
}
