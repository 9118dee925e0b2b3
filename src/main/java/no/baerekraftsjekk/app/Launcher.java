package no.baerekraftsjekk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import no.baerekraftsjekk.cli.Cli;
import no.baerekraftsjekk.domain.format.PrivateFiles;
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
        if (Utf8Relaunch.needed()) {
            var code = Utf8Relaunch.run();
            if (code.isPresent()) {
                System.exit(code.getAsInt());
            }
        }
        Path dataFolder = DataFolder.resolve();
        DataFolder.makePrivate(dataFolder);
        if (System.getProperty(LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(LOG_FOLDER_PROPERTY, logFolder(dataFolder).toString());
            privateLog(logFolder(dataFolder));
        }
        boolean ownLogging = ProgramLogging.select();
        if (!StartupRequest.wantsWindow(List.of(args))) {
            System.exit(Cli.run(args));
        }
        if (ownLogging) {
            DeferredLogging.begin();
        }
        EarlyTexts.begin(dataFolder);
        Application.launch(BaerekraftsjekkApp.class, args);
    }

    /**
     * The log names the files and cases worked on: its folder and file are made private before
     * logback opens the file (it would make it with the umask's permissions), and logback appends to
     * the file as it finds it.
     */
    private static void privateLog(Path folder) {
        try {
            PrivateFiles.createFolder(folder);
            Path log = folder.resolve(LogConfiguration.LOG_FILE);
            if (!Files.exists(log)) {
                Files.createFile(log, PrivateFiles.fileAttribute(log));
            }
        } catch (IOException e) {
            // An unwritable log folder is said once, by the log set-up, as a message.
        }
    }

    static Path logFolder(Path dataFolder) {
        return dataFolder.resolve("logs");
    }
}
