package no.baerekraftsjekk.ui;

import java.util.Objects;
import no.baerekraftsjekk.ui.main.MainWindow;

/** The program's own stylesheet, for screens tested in a scene of their own. */
public final class MainWindowStylesheet {
    private MainWindowStylesheet() {
    }

    public static String url() {
        return Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm();
    }
}
