package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.DataFolder;
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

    private final AtomicInteger library = new AtomicInteger();
    private final AtomicInteger reports = new AtomicInteger();
    private final AtomicBoolean usableWhenWarmed = new AtomicBoolean();
    private DesktopSession session;

    @Start
    void start(Stage stage) {
        Theme.apply();
        StartupWarmup counting = new StartupWarmup() {
            @Override
            public void afterLibraryShown(AssessmentAnalyzer analyzer) throws Exception {
                // Not before the library is usable: the warm-up would take the processor from its first drawing.
                usableWhenWarmed.set(WaitForAsyncUtils.asyncFx(() -> stage.getScene().lookup("#emptyNewButton"))
                        .get().isVisible());
                library.incrementAndGet();
            }

            @Override
            public void beforeFirstReport(AssessmentAnalyzer analyzer) {
                reports.incrementAndGet();
            }
        };
        session = new DesktopSession(data, AssessmentOpenerFactory.standard(), () -> { }, counting);
        session.start(stage);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
        System.clearProperty(DataFolder.PROPERTY);
    }

    @Test
    void reportWritersAreWarmedOnceWhenTheFirstAssessmentOpensNotWhileTheLibraryIdles(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> library.get() == 1);
        assertThat(usableWhenWarmed).isTrue();
        assertThat(reports.get()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowUnderTest.waitUntil(() -> reports.get() == 1);
        robot.clickOn("#toLibrary");
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowUnderTest.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isPresent());

        assertThat(reports.get()).isEqualTo(1);
        assertThat(library.get()).isEqualTo(1);
    }
}
