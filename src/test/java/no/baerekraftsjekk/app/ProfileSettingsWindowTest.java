package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.profile.ProfileReader;
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
 * A broken profile in the data folder: the program says which line is wrong when it starts, goes on
 * with its built-in defaults, and the settings screen shows the administrator the same words.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ProfileSettingsWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;

    @Start
    void start(Stage stage) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve(ProfileReader.FILE_NAME), """
                {
                  "format": "baerekraftsjekk-profil",
                  "version": 1,
                  "organisation": "Eksempel kommune",
                  "committees": ["Formannskapet", 12]
                }
                """);
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void aBrokenProfileIsSaidAtStartAndInTheSettings(FxRobot robot) throws Exception {
        String fault = "Linje 5 (committees[1]): Her skal det stå en tekst i anførselstegn.";
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(fault)));
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != session.window().stage()).toList()
                .forEach(Window::hide));

        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsProfile").tryQuery().isPresent());
        String shown = robot.lookup("#settingsProfile").queryAs(Label.class).getText();
        assertThat(shown).contains(data.resolve(ProfileReader.FILE_NAME).toString(), "innebygde standardverdier", fault);
        Files.createDirectories(Path.of("target", "snapshots", "profile"));
        TestSnapshots.save(robot.lookup("#settingsProfile").query().getScene(), "profile/settings-broken-profile");
    }
}
