package no.baerekraftsjekk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.common.Theme;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The portfolio of a council with local goals in its profile: the section on them, clickable like
 * every number, the line on cases with alternatives, and filters with several choices. Pictures at
 * 1024×768 and 1366×768.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioCouncilViewTest {
    @TempDir
    static Path folder;

    private PortfolioScreenFixture fixture;
    private PortfolioViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        fixture = new PortfolioScreenFixture(folder.resolve("t" + System.nanoTime()));
        fixture.seed();
        fixture.seedTarget();
        fixture.library.create(Fixtures.caseWithAlternatives());
        model = fixture.model(PortfolioScreenFixture.PLAN);
        Scene scene = new Scene(new PortfolioView(model, () -> { }).root(), 1024, 768);
        scene.getStylesheets().add(MainWindowStylesheet.url());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.portfolioProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A fresh query each time: a TestFX query narrows itself with every lookup. */
    private org.testfx.service.query.NodeQuery find(FxRobot robot, String selector) {
        return robot.from(stage.getScene().getRoot()).lookup(selector);
    }

    private Scene scene(int width, int height) {
        return FxTesting.get(() -> {
            Scene scene = new Scene(new PortfolioView(model, () -> { }).root(), width, height);
            scene.getStylesheets().add(MainWindowStylesheet.url());
            return scene;
        });
    }

    @Test
    void theLocalGoalsShowWithNumbersThatListTheirCasesAndTheAlternativesLineIsThere(FxRobot robot) throws Exception {
        waitLoaded();
        assertThat(find(robot, ".portfolio-alternatives").queryAs(Label.class).getText())
                .contains("Saker med alternativer").contains("1;");

        Hyperlink kp3 = robot.from((javafx.scene.Node) find(robot, ".portfolio-local-goals").query()).lookup(".portfolio-number").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getAccessibleText().contains("Saker som berører KP-3 Natur og klima")).findFirst().orElseThrow();
        robot.interact(kp3::fire);
        ListView<PortfolioEntry> list = find(robot, ".portfolio-cases .list-view").queryListView();
        assertThat(list.getItems()).hasSize(Integer.parseInt(kp3.getText()));
        assertThat(list.getItems()).extracting(PortfolioEntry::title).contains("Vindkraft på Østfjellet", "Kommuneplanens arealdel");
        assertThat(find(robot, ".portfolio-caption").queryAs(Label.class).getText()).contains("KP-3 Natur og klima");

        // The section scrolled into view for the pictures: it sits below the unit table.
        Label heading = find(robot, ".portfolio-section").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Kommuneplanens mål")).findFirst().orElseThrow();
        robot.interact(() -> {
            var scroll = (javafx.scene.control.ScrollPane) find(robot, ".portfolio-scroll").query();
            double y = heading.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            scroll.setVvalue(y / (scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight()));
        });
        TestSnapshots.save(stage.getScene(), "portfolio-council-1024x768-localgoals");
        TestSnapshots.save(stage.getScene(), "portfolio-council-1024x768");
        TestSnapshots.save(scene(1366, 768), "portfolio-council-1366x768");
        TestSnapshots.save(scene(1366, 2200), "portfolio-council-1366-whole");
    }

    @Test
    void severalUnitsTickedCountTheCasesOfEachAndTheResetUnticksThem(FxRobot robot) throws Exception {
        waitLoaded();
        @SuppressWarnings("unchecked")
        // The control's skin gives it the combo box's own style classes, so it is found by its accessible name.
        CheckComboBox<String> units = find(robot, ".combo-box").queryAll().stream()
                .filter(b -> b instanceof CheckComboBox<?> && "Enhet".equals(b.getAccessibleText()))
                .map(b -> (CheckComboBox<String>) b).findFirst().orElseThrow();
        assertThat(units.getTitle()).isEqualTo("Alle");
        assertThat(units.isFocusTraversable()).isTrue();
        assertThat(units.getItems()).contains("oppvekst", "kultur");

        robot.interact(() -> {
            units.getCheckModel().check("oppvekst");
            units.getCheckModel().check("kultur");
        });
        assertThat(model.units()).containsExactlyInAnyOrder("oppvekst", "kultur");
        assertThat(model.portfolioProperty().get().entries()).extracting(PortfolioEntry::title)
                .containsExactlyInAnyOrder("Ny barneskole på Eksempelhaugen", "Budsjett 2027: svømmehallen");
        assertThat(units.getTitle()).isNull();
        robot.interact(units::show);
        TestSnapshots.save(stage.getScene(), "portfolio-council-1024x768-units-open");
        robot.interact(units::hide);

        robot.interact(model::resetFilter);
        assertThat(units.getCheckModel().getCheckedItems()).isEmpty();
        assertThat(units.getTitle()).isEqualTo("Alle");
        assertThat(model.portfolioProperty().get().cases()).isEqualTo(8);
        assertThat(List.copyOf(model.units())).isEmpty();
    }

    @Test
    void aFilterIsTickedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        waitLoaded();
        @SuppressWarnings("unchecked")
        CheckComboBox<no.baerekraftsjekk.domain.CaseType> types = find(robot, ".combo-box").queryAll().stream()
                .filter(b -> b instanceof CheckComboBox<?> && "Sakstype".equals(b.getAccessibleText()))
                .map(b -> (CheckComboBox<no.baerekraftsjekk.domain.CaseType>) b).findFirst().orElseThrow();
        robot.interact(types::requestFocus);
        Scene scene = types.getScene();

        press(robot, scene, javafx.scene.input.KeyCode.DOWN, true);
        Scene list = showingPopup().orElseThrow(() -> new AssertionError("Alt+Down opened no list")).getScene();
        press(robot, list, javafx.scene.input.KeyCode.DOWN, false);
        press(robot, list, javafx.scene.input.KeyCode.SPACE, false);
        press(robot, list, javafx.scene.input.KeyCode.ESCAPE, false);

        assertThat(List.copyOf(model.caseTypes())).containsExactly(no.baerekraftsjekk.domain.CaseType.POLITICAL_CASE);
        assertThat(model.portfolioProperty().get().cases()).isZero();
        assertThat(showingPopup()).isEmpty();
        // Space on the closed box opens it too.
        press(robot, scene, javafx.scene.input.KeyCode.SPACE, false);
        assertThat(showingPopup()).isPresent();
        robot.interact(types::hide);
    }

    private static java.util.Optional<javafx.stage.Window> showingPopup() {
        return FxTesting.get(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst());
    }

    /** A key pressed and released, given to the focused node of its own scene (see HelpMenuWindowTest). */
    private static void press(FxRobot robot, Scene scene, javafx.scene.input.KeyCode code, boolean alt) {
        for (var type : List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
            robot.interact(() -> javafx.event.Event.fireEvent(scene.getFocusOwner(), new javafx.scene.input.KeyEvent(type,
                    code == javafx.scene.input.KeyCode.SPACE ? " " : "", "", code, false, false, alt, false)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
