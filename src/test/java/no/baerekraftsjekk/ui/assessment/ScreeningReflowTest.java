package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screening tiles stand in as many columns as the window holds, and the arrow keys follow them. */
@ExtendWith(ApplicationExtension.class)
class ScreeningReflowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0} wide: {1} columns")
    @CsvSource({"1024,3", "1280,5"})
    void theTilesReflowAndDownGoesToTheTileBelow(int width, int columns, FxRobot robot) {
        PageFixture fixture = FxTesting.get(() -> {
            PageFixture f = new PageFixture(stage, Assessment.newDraft("Ny vurdering"), Step.SCREENING, width, 696);
            f.scene.getStylesheets().add(MainWindowStylesheet.url());
            return f;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The columns are picked when the width is known: one more layout pass after the first.
        FxTesting.onFx(() -> fixture.scene.getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        double firstRow = FxTesting.get(() -> fixture.scene.lookup("#goalTile1").getLayoutY());
        for (int goal = 1; goal <= columns; goal++) {
            int g = goal;
            assertThat(FxTesting.get(() -> fixture.scene.lookup("#goalTile" + g).getLayoutY()))
                    .as("goal %d on the first row", g).isEqualTo(firstRow);
        }
        assertThat(FxTesting.get(() -> fixture.scene.lookup("#goalTile" + (columns + 1)).getLayoutY()))
                .as("goal %d starts the second row", columns + 1).isGreaterThan(firstRow);

        FxTesting.onFx(() -> fixture.scene.lookup("#goalTile1").requestFocus());
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = fixture.scene.getFocusOwner();
        assertThat(focused.getId()).isEqualTo("goalTile" + (1 + columns));
    }
}
