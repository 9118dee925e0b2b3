package no.baerekraftsjekk.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import no.baerekraftsjekk.storage.DataFolder;

/** The JavaFX application: one {@link DesktopSession} on the caseworker's data folder. */
public final class BaerekraftsjekkApp extends Application {
    private DesktopSession session;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = new DesktopSession(DataFolder.resolve());
        session.start(stage);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
