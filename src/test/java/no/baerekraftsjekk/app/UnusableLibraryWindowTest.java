package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryRecovery;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A damaged library at start-up: the window offers a new library or the newest backup, and never touches the file. */
@ExtendWith(ApplicationExtension.class)
class UnusableLibraryWindowTest {
    @TempDir
    Path data;

    private final AtomicBoolean exited = new AtomicBoolean();
    private DesktopSession session;
    private byte[] damaged;

    @Start
    void start(Stage stage) throws Exception {
        Path library = data.resolve(DataFolder.DATABASE_FILE);
        try (SqliteLibrary before = SqliteLibrary.open(library)) {
            before.create(Assessment.newDraft("Reddet fra sikkerhetskopien"));
        }
        SqliteLibrary.open(library).close(); // the second open of the day takes the backup
        damaged = new byte[20_000];
        new Random(8).nextBytes(damaged);
        Files.write(library, damaged);
        session = WindowUnderTest.start(stage, data, () -> exited.set(true));
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void offersANewLibraryOrTheNewestBackupAndRestoringLeavesTheDamagedFileUntouched(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> dialog(robot) != null);
        DialogPane pane = (DialogPane) dialog(robot).getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("Biblioteket kan ikke brukes");
        assertThat(((Label) pane.getContent()).getText())
                .contains(DataFolder.DATABASE_FILE)
                .contains("blir liggende urørt")
                .contains("sikkerhetskopien, fra")
                .doesNotContain("Exception");
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText())
                .containsExactly("Bruk en ny, tom samling", "Gjenopprett sikkerhetskopi", "Avslutt");
        TestSnapshots.save(dialog(robot).getScene(), "library-unusable-recovery");

        javafx.scene.control.ButtonType restore = pane.getButtonTypes().get(1);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(restore)).fire());

        Path home = data.resolve(DataFolder.DATABASE_FILE);
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery()
                .map(n -> n.isVisible() && ((javafx.scene.control.TableView<?>) n).getItems().size() == 1).orElse(false));
        assertThat(dialog(robot)).isNull();
        assertThat(new LibraryRecovery(home).current()).isNotEqualTo(home.toAbsolutePath());
        assertThat(exited).isFalse();
        assertThat(Files.readAllBytes(home)).isEqualTo(damaged);
        try (SqliteLibrary restored = SqliteLibrary.open(new LibraryRecovery(home).current())) {
            assertThat(restored.list()).extracting(AssessmentSummary::title).containsExactly("Reddet fra sikkerhetskopien");
        }
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null);
    }
}
