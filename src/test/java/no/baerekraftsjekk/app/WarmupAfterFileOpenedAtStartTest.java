package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjWriter;
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
 * The library warm-up waits for a usable library screen; a start that opens a file at once never
 * shows one, and is warmed all the same, a few seconds after the library opened.
 */
@ExtendWith(ApplicationExtension.class)
class WarmupAfterFileOpenedAtStartTest {
    @TempDir
    Path data;

    private final CountingWarmup counting = new CountingWarmup();
    private DesktopSession session;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        Path file = data.resolve("sak.bkj");
        Files.write(file, new BkjWriter().write(Assessment.newDraft("Ny gang- og sykkelvei")));
        session = new DesktopSession(data.resolve("bibliotek"), AssessmentOpenerFactory.standard(), () -> { }, counting,
                StartupRequest.from(List.of(file.toString())), StartupProbe.off());
        session.start(stage);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void aFileOpenedAtStartIsShownAndTheLibraryIsWarmedOnce(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isPresent());
        WindowUnderTest.waitUntil(() -> counting.library.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(counting.library.get()).isEqualTo(1);
    }
}
