package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A weighing already written for a small conflict (the shipped wind-power plan has nine) is kept, shown and editable in the group. */
@ExtendWith(ApplicationExtension.class)
class ConflictsStepWeighedTest {
    private PageFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        Assessment plan;
        try (InputStream in = getClass().getResourceAsStream("/examples/vindkraft-omrade.bkj")) {
            plan = new BkjReader().read(in.readAllBytes()).assessment();
        }
        fixture = new PageFixture(stage, plan, Step.CONFLICTS);
    }

    @Test
    void aWeighingWrittenForASmallConflictStaysEditable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TitledPane minor = robot.lookup("#minorConflicts").queryAs(TitledPane.class);
        List<TextArea> own = minor.getContent().lookupAll(".minor-conflict-handling").stream()
                .map(TextArea.class::cast).toList();
        assertThat(own).hasSize(9);
        TextArea area = robot.lookup("#handling9_15").queryAs(TextArea.class);
        assertThat(area.getText()).isEqualTo(fixture.page.editor().assessment().handlingFor(List.of(9, 15)).orElseThrow().handling());

        robot.interact(() -> minor.setExpanded(true));
        robot.interact(area::requestFocus);
        robot.interact(() -> area.setText("Kort og godt: traseen følger eksisterende vei."));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.page.editor().assessment().handlingFor(List.of(9, 15)).orElseThrow().handling())
                .isEqualTo("Kort og godt: traseen følger eksisterende vei.");
        StepSnapshots.save(fixture.scene, "conflicts/5-shipped-example-small-ones-weighed");
        Node note = robot.lookup("#minorConflictsNote").query();
        assertThat(note).isNotNull();
    }
}
