package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.guidance.GlossaryTerm;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** F1 anywhere in the program opens the searchable glossary in a window beside it. */
@ExtendWith(ApplicationExtension.class)
class GlossaryWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;

    @Start
    void start(Stage stage) {
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != session.window().stage()).toList()
                .forEach(Window::hide));
        WindowUnderTest.stop(session);
    }

    @Test
    void f1OpensTheGlossaryAndTypingSearchesIt(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().isPresent());
        robot.type(KeyCode.F1);
        WindowUnderTest.waitUntil(() -> Window.getWindows().size() == 2);
        Stage glossary = (Stage) Window.getWindows().stream().filter(w -> w != session.window().stage()).findFirst().orElseThrow();
        assertThat(glossary.getTitle()).isEqualTo("Begreper – Bærekraftsjekk");

        robot.clickOn(robot.from(glossary.getScene().getRoot()).lookup(".text-field").queryAs(TextField.class));
        robot.write("avbøtende");
        ListView<GlossaryTerm> list = robot.from(glossary.getScene().getRoot()).lookup(".list-view").queryAs(ListView.class);
        WindowUnderTest.waitUntil(() -> !list.getItems().isEmpty() && list.getItems().get(0).term().startsWith("avbøtende"));
        assertThat(robot.from(glossary.getScene().getRoot()).lookup(".text-field").queryAs(TextField.class).getText())
                .isEqualTo("avbøtende");
        TestSnapshots.save(glossary.getScene(), "glossary-search");

        // A search with no hits says so once: in the list's place, with no status line above it.
        TextField field = robot.from(glossary.getScene().getRoot()).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("qwxyz"));
        WindowUnderTest.waitUntil(list.getItems()::isEmpty);
        long shown = robot.from(glossary.getScene().getRoot()).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(javafx.scene.Node::isVisible).filter(l -> l.getText() != null && l.getText().contains("qwxyz")).count();
        assertThat(shown).isEqualTo(1);
        no.baerekraftsjekk.ui.WindowSmallSnapshots.save(glossary.getScene(), "glossary-no-hits");

        robot.type(KeyCode.ESCAPE);
        WindowUnderTest.waitUntil(() -> !glossary.isShowing());
    }
}
