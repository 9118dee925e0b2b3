package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BrokenLibraryWindowTest {
    @TempDir
    Path data;

    private final AtomicBoolean exited = new AtomicBoolean();
    private DesktopSession session;

    @Start
    void start(Stage stage) throws Exception {
        // A folder where the database file should be: SQLite cannot open it.
        Files.createDirectories(data.resolve(DataFolder.DATABASE_FILE));
        session = WindowUnderTest.start(stage, data, () -> exited.set(true));
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void aLibraryThatCannotBeOpenedIsExplainedInNorwegianAndTheProgramEndsWhenTheDialogCloses(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> dialog(robot) != null);
        DialogPane pane = (DialogPane) dialog(robot).getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("Biblioteket kan ikke åpnes");
        assertThat(((Label) pane.getContent()).getText())
                .contains("fikk ikke åpnet biblioteket")
                .contains(DataFolder.DATABASE_FILE)
                .doesNotContain("Exception");
        TestSnapshots.save(dialog(robot).getScene(), "library-cannot-open");

        robot.clickOn("OK");

        WindowUnderTest.waitUntil(exited::get);
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null);
    }
}
