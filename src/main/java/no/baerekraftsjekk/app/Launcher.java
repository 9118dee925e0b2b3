package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import no.baerekraftsjekk.cli.Cli;
import no.baerekraftsjekk.storage.DataFolder;

/**
 * The jar's main class. It does not extend {@link Application}, so JavaFX can be loaded from the
 * class path. With no arguments, or a single .bkj file (opened from the file manager), it opens the
 * window; with other arguments it is the command line.
 */
public final class Launcher {
    /** Read by {@link ProgramLogging}; set before the first logger is made so the log lands in the data folder. */
    static final String LOG_FOLDER_PROPERTY = "baerekraftsjekk.logs";

    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataFolder = DataFolder.resolve();
        if (System.getProperty(LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(LOG_FOLDER_PROPERTY, logFolder(dataFolder).toString());
        }
        boolean ownLogging = ProgramLogging.select();
        if (!StartupRequest.wantsWindow(List.of(args))) {
            System.exit(Cli.run(args));
        }
        if (ownLogging) {
            DeferredLogging.begin();
        }
        Application.launch(BaerekraftsjekkApp.class, args);
    }

    static Path logFolder(Path dataFolder) {
        return dataFolder.resolve("logs");
    }
}
