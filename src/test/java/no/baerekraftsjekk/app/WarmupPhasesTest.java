package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle library window stays light: the heavy report writers are warmed only once the first
 * assessment is opened, and only once.
 */
@ExtendWith(ApplicationExtension.class)
class WarmupPhasesTest {
    @TempDir
    Path data;

    private CountingWarmup counting;
    private final AtomicBoolean usableWhenWarmed = new AtomicBoolean();
    private DesktopSession session;

    @Start
    void start(Stage stage) {
        Theme.apply();
        // Not before the library is usable: the warm-up would take the processor from its first drawing.
        counting = new CountingWarmup(() -> usableWhenWarmed.set(
                WaitForAsyncUtils.asyncFx(() -> stage.getScene().lookup("#emptyNewButton")).get().isVisible()));
        session = new DesktopSession(data, AssessmentOpenerFactory.standard(), () -> { }, counting);
        session.start(stage);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void reportWritersAreWarmedOnceWhenTheFirstAssessmentOpensNotWhileTheLibraryIdles(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> counting.library.get() == 1);
        assertThat(usableWhenWarmed).isTrue();
        assertThat(counting.reports.get()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowUnderTest.waitUntil(() -> counting.reports.get() == 1);
        robot.clickOn("#toLibrary");
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowUnderTest.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isPresent());

        assertThat(counting.reports.get()).isEqualTo(1);
        assertThat(counting.library.get()).isEqualTo(1);
    }
}
