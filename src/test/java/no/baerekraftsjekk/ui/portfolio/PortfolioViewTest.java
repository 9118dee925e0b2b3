package no.baerekraftsjekk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The portfolio screen in a window at the two sizes the program must work at, with pictures to look at. */
@ExtendWith(ApplicationExtension.class)
class PortfolioViewTest {
    @TempDir
    static Path folder;

    private PortfolioScreenFixture fixture;
    private PortfolioViewModel model;
    private Stage stage;
    private boolean back;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        fixture = new PortfolioScreenFixture(folder.resolve("t" + System.nanoTime()));
        fixture.seed();
        model = fixture.model();
        PortfolioView view = new PortfolioView(model, () -> back = true);
        Scene scene = new Scene(view.root(), 1024, 768);
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

    @Test
    void atBothScreenSizesTheFiguresShowAndANumberListsItsCasesWhichOpenWithEnter(FxRobot robot) throws Exception {
        waitLoaded();
        TestSnapshots.save(stage.getScene(), "portfolio-1024x768");

        Hyperlink cases = robot.lookup(".portfolio-fact-number").queryAs(Hyperlink.class);
        assertThat(cases.getText()).isEqualTo("6");
        robot.interact(cases::fire);
        ListView<PortfolioEntry> list = robot.lookup(".portfolio-cases .list-view").queryListView();
        assertThat(list.getItems()).hasSize(6);

        Hyperlink strongNegative = robot.lookup(".portfolio-negative").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getAccessibleText().contains("stor negativ virkning for 15")).findFirst().orElseThrow();
        robot.interact(strongNegative::fire);
        assertThat(list.getItems()).extracting(PortfolioEntry::title)
                .containsExactlyInAnyOrder("Vindkraft på Østfjellet", "Tomtekjøp på Brattåsen");
        assertThat(robot.lookup(".portfolio-caption").queryAs(Label.class).getText()).contains("15").contains("(2)");
        TestSnapshots.save(stage.getScene(), "portfolio-1024x768-cases");

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertThat(fixture.opened).containsExactly(list.getItems().getFirst().id());

        // The headless screen is 1280 wide and a wider window overflows its buffer, so the wider
        // picture is taken of a second scene of the same screen that is laid out but not shown.
        Scene wide = no.baerekraftsjekk.ui.FxTesting.get(() -> {
            Scene scene = new Scene(new PortfolioView(model, () -> { }).root(), 1366, 768);
            scene.getStylesheets().add(MainWindowStylesheet.url());
            return scene;
        });
        TestSnapshots.save(wide, "portfolio-1366x768");
        // And the whole screen in one tall picture, to look at every section at once.
        Scene tall = no.baerekraftsjekk.ui.FxTesting.get(() -> {
            Scene scene = new Scene(new PortfolioView(model, () -> { }).root(), 1366, 2000);
            scene.getStylesheets().add(MainWindowStylesheet.url());
            return scene;
        });
        TestSnapshots.save(tall, "portfolio-1366-whole");
    }

    @Test
    void theFiguresDoNotSpillSidewaysAt1024(FxRobot robot) throws Exception {
        waitLoaded();
        ScrollPane scroll = robot.lookup(".portfolio-scroll").queryAs(ScrollPane.class);
        double content = scroll.getContent().getLayoutBounds().getWidth();
        assertThat(content).isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        assertThat(back).isFalse();
        robot.clickOn("← Vurderingene");
        assertThat(back).isTrue();
    }
}
