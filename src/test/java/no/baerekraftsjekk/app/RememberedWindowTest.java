package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RememberedWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // What the last session left: a size and a place, and a width below the minimum.
        Files.writeString(data.resolve("settings.properties"),
                "window.x=40\nwindow.y=30\nwindow.width=500\nwindow.height=700\n", StandardCharsets.UTF_8);
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void theWindowOpensWhereItWasButNeverSmallerThanItsMinimum(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().isPresent());
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getWidth()).isEqualTo(stage.getMinWidth()).isGreaterThan(500);
    }
}
