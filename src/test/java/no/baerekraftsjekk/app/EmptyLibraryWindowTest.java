package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EmptyLibraryWindowTest {
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
    void aNewCaseworkerIsToldWhatToDoFirstAndCtrlNCreatesAndOpensADraft(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(stage.getTitle()).isEqualTo("Bærekraftsjekk");
        assertThat(robot.lookup(".library-empty .button").queryAllAs(Button.class))
                .extracting(Button::getText).contains("Ny vurdering");
        assertThat(robot.lookup(".library-empty-text").queryAs(Label.class).getText()).contains("Begynn med en ny vurdering");
        assertThat(robot.lookup(".library-toolbar").query().isVisible()).isFalse();
        TestSnapshots.save(stage.getScene(), "library-empty");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        WindowUnderTest.waitUntil(() -> robot.lookup(".assessment-page .case-title").tryQuery()
                .map(n -> "Uten tittel".equals(((Label) n).getText())).orElse(false));
        TestSnapshots.save(stage.getScene(), "assessment-opened-from-library");
        robot.clickOn("#toLibrary");
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery()
                .map(n -> n.isVisible() && ((TableView<?>) n).getItems().size() == 1).orElse(false));
    }

    @Test
    void anExampleFromTheEmptyLibraryIsCopiedInTitledAsAnExampleAndOpened(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup("#emptyExamplesButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        String firstExample = ExampleAssessments.shipped().list().get(0).title();

        robot.clickOn("#emptyExamplesButton");
        robot.clickOn(firstExample);

        WindowUnderTest.waitUntil(() -> robot.lookup(".assessment-page .case-title").tryQuery()
                .map(n -> ("Eksempel: " + firstExample).equals(((Label) n).getText())).orElse(false));
    }

    @Test
    void theWindowKeepsItsSizeForNextTime(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
        });
        session.close();

        String saved = java.nio.file.Files.readString(data.resolve("settings.properties"));
        assertThat(saved).contains("window.width=900").contains("window.height=640");
        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(700);
    }
}
