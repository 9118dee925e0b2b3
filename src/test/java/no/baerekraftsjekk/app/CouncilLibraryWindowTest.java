package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The program started with a connection file in the data folder, as IT sets it up. */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class CouncilLibraryWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;

    @Start
    void start(Stage stage) throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("window");
        try (PostgresLibrary library = PostgresLibrary.open(new CouncilConnector(council), "ola", Clock.systemUTC())) {
            library.create(Assessment.newDraft("Felles: Kommuneplanens arealdel"));
        }
        Files.writeString(data.resolve(CouncilServer.FILE_NAME), "url=" + council.url() + "\n");
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void theCouncilLibraryIsOfferedBesideOnesOwnAndShownOnRequest(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup("#library-place-council").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        assertThat(robot.lookup("#library-place-local").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#library-place-council");
        WindowUnderTest.waitUntil(() -> robot.lookup(".table-view").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().stream().anyMatch(i -> ((AssessmentSummary) i).title().startsWith("Felles:")))
                .orElse(false));
        assertThat(robot.lookup("#library-council-message").queryAs(Label.class).getText()).startsWith("Kommunebiblioteket: jdbc:postgresql://");
        TestSnapshots.save(robot.lookup("#library-council-message").query().getScene(), "council-window-started");
    }
}
