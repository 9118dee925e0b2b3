package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Choosing English in the settings and restarting the window at once: the window speaks English,
 * the assessment that was open is open again, and what was typed just before (still waiting for
 * its autosave) is there.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageRestartWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;

    @Start
    void start(Stage stage) throws IOException {
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void restartingInEnglishKeepsTheOpenAssessmentAndWhatWasTyped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#caseTitle").tryQuery().isPresent());
        TextInputControl title = robot.lookup("#caseTitle").queryAs(TextInputControl.class);
        robot.interact(() -> title.setText("Ny gang- og sykkelveg"));
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsLanguage").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Language> language = robot.lookup("#settingsLanguage").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Language.EN));
        assertThat(robot.lookup("#settingsRestart").queryAs(Labeled.class).getText()).isEqualTo("Start vinduet på nytt nå");
        robot.clickOn("#settingsRestart");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#settingsButton").tryQuery()
                .map(b -> ((Labeled) b).getText().equals("Settings")).orElse(false)
                && robot.lookup("#caseTitle").tryQuery().isPresent());
        TextInputControl reopened = robot.lookup("#caseTitle").queryAs(TextInputControl.class);
        assertThat(reopened).as("the page is built anew").isNotSameAs(title);
        assertThat(reopened.getText()).isEqualTo("Ny gang- og sykkelveg");
        assertThat(robot.lookup("#nextStep").queryAs(Labeled.class).getText()).doesNotContain("Neste");
    }
}
