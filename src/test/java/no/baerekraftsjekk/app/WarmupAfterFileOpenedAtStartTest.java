package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The library warm-up waits for a usable library screen; a start that opens a file at once never
 * shows one, and is warmed all the same, a few seconds after the library opened.
 */
@ExtendWith(ApplicationExtension.class)
class WarmupAfterFileOpenedAtStartTest {
    @TempDir
    Path data;

    private final AtomicInteger library = new AtomicInteger();
    private DesktopSession session;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply();
        Path file = data.resolve("sak.bkj");
        Files.write(file, new BkjWriter().write(Assessment.newDraft("Ny gang- og sykkelvei")));
        StartupWarmup counting = new StartupWarmup() {
            @Override
            public void afterLibraryShown(AssessmentAnalyzer analyzer) {
                library.incrementAndGet();
            }

            @Override
            public void beforeFirstReport(AssessmentAnalyzer analyzer) {
            }
        };
        session = new DesktopSession(data.resolve("bibliotek"), AssessmentOpenerFactory.standard(), () -> { }, counting,
                StartupRequest.from(List.of(file.toString())), StartupProbe.off());
        session.start(stage);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
        System.clearProperty(DataFolder.PROPERTY);
    }

    @Test
    void aFileOpenedAtStartIsShownAndTheLibraryIsWarmedOnce(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isPresent());
        WindowUnderTest.waitUntil(() -> library.get() == 1);
        Thread.sleep(500);

        assertThat(library.get()).isEqualTo(1);
    }
}
