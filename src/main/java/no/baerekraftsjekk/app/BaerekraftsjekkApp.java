package no.baerekraftsjekk.app;

import javafx.application.Application;
import javafx.stage.Stage;
import no.baerekraftsjekk.storage.DataFolder;

/** The JavaFX application: one {@link DesktopSession} on the caseworker's data folder. */
public final class BaerekraftsjekkApp extends Application {
    private DesktopSession session;

    @Override
    public void start(Stage stage) {
        StartupRequest request = StartupRequest.from(getParameters().getRaw());
        session = new DesktopSession(EarlyTexts.take(DataFolder.resolve()), AssessmentOpenerFactory.standard(), javafx.application.Platform::exit,
                StartupWarmup.standard(), request, StartupProbe.fromSystemProperties(), true);
        session.start(stage);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
