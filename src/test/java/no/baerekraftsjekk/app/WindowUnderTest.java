package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.common.Theme;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window the way the program does, on a temporary data folder. */
final class WindowUnderTest {
    private WindowUnderTest() {
    }

    static DesktopSession start(Stage stage, Path dataFolder) {
        return start(stage, dataFolder, () -> { });
    }

    static DesktopSession start(Stage stage, Path dataFolder, Runnable exit) {
        System.setProperty(DataFolder.PROPERTY, dataFolder.toString());
        Theme.apply();
        DesktopSession session = new DesktopSession(DataFolder.resolve(), AssessmentOpenerFactory.standard(), exit,
                StartupWarmup.none());
        session.start(stage);
        return session;
    }

    static void stop(DesktopSession session) {
        if (session != null) {
            session.close();
        }
        System.clearProperty(DataFolder.PROPERTY);
        // Dialogs and tool windows a test left open would lie over the next test's window.
        Runnable hideOwned = () -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && s.getOwner() != null).toList()
                .forEach(javafx.stage.Window::hide);
        if (javafx.application.Platform.isFxApplicationThread()) {
            hideOwned.run();
        } else {
            org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, hideOwned);
        }
    }

    /** A library as a caseworker's might look after some weeks: several case types, one complete. */
    static void seed(Path dataFolder) {
        try (SqliteLibrary library = SqliteLibrary.open(dataFolder.resolve(DataFolder.DATABASE_FILE))) {
            library.create(assessment("Klimastrategi for Eksempel kommune 2027–2030", "2026/0877", CaseType.STRATEGY, Status.DRAFT));
            library.create(assessment("Budsjett 2027: drift av Haugen svømmehall", "2026/1102", CaseType.BUDGET, Status.DRAFT));
            library.create(assessment("Innkjøp av elbiler til hjemmetjenesten", "2026/1150", CaseType.PROCUREMENT, Status.COMPLETE));
            library.create(assessment("Kommuneplanens arealdel 2027–2039, høringsutkast med nye boligområder", "2026/0412", CaseType.PLAN, Status.DRAFT));
            library.create(assessment("Nedleggelse av Haugen skole", "", CaseType.POLITICAL_CASE, Status.DRAFT));
            library.create(assessment("Ny barneskole på Eksempelhaugen", "2026/1234", CaseType.PROJECT, Status.DRAFT));
        }
    }

    /**
     * Waits for what a window test expects. The limit is generous: it costs nothing when the
     * condition holds (the wait ends at once), and a start of the window on a CI machine running
     * other test JVMs beside it took over 10 s twice in 90 runs.
     */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Assessment assessment(String title, String caseNumber, CaseType type, Status status) {
        CaseInfo info = new CaseInfo(title, caseNumber, type, "Eksempel kommune", "Plan og miljø", "Kari Nordmann",
                LocalDate.of(2026, 11, 23), "", null);
        return Assessment.newDraft(title).withCaseInfo(info).withStatus(status);
    }
}
