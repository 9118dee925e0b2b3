package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** IT set a council library up, but its server does not answer when the program starts. */
@ExtendWith(ApplicationExtension.class)
class CouncilUnreachableWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;

    @Start
    void start(Stage stage) throws Exception {
        WindowUnderTest.seed(data);
        Files.writeString(data.resolve(CouncilServer.FILE_NAME), "url=jdbc:postgresql://127.0.0.1:1/baerekraft\n");
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void theWindowSaysSoPlainlyAndOffersOnesOwnLibrary(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup("#library-council-message").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Får ikke kontakt")).orElse(false));
        assertThat(robot.lookup("#library-council-message").queryAs(Label.class).getText())
                .isEqualTo("Får ikke kontakt med kommunebiblioteket jdbc:postgresql://127.0.0.1:1/baerekraft. Sjekk nettverket, "
                        + "eller spør IT om serveren er oppe. Du kan arbeide videre i ditt eget bibliotek på denne maskinen.");
        assertThat(robot.lookup("#library-place-council").query().isDisabled()).isTrue();
        assertThat(robot.lookup(".table-view").query().isVisible()).as("one's own library is shown").isTrue();
        TestSnapshots.save(robot.lookup("#library-council-message").query().getScene(), "council-window-unreachable");
    }
}
