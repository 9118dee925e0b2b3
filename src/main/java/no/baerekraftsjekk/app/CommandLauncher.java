package no.baerekraftsjekk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.cli.Cli;
import no.baerekraftsjekk.storage.DataFolder;

/**
 * Main class of the installed command-line launcher ({@code baerekraftsjekk-cli}): the commands
 * only, never the window, so its JVM loads no JavaFX and has an AOT cache of its own, trained on
 * the commands (check, import, export). With no arguments it shows the help.
 *
 * <p>For that training only, the system property {@value #TRAINING} names a UTF-8 file with one
 * command per line, its arguments separated by tabs; they are run one after the other in this one
 * process, because the JVM records one process for its cache.
 */
public final class CommandLauncher {
    static final String TRAINING = "baerekraftsjekk.commandTraining";

    private CommandLauncher() {
    }

    public static void main(String[] args) throws IOException {
        if (System.getProperty(Launcher.LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(Launcher.LOG_FOLDER_PROPERTY, Launcher.logFolder(DataFolder.resolve()).toString());
        }
        ProgramLogging.select();
        String training = System.getProperty(TRAINING);
        if (training != null) {
            for (String[] command : commands(Files.readAllLines(Path.of(training), StandardCharsets.UTF_8))) {
                Cli.run(command);
            }
            System.exit(0);
        }
        System.exit(Cli.run(args.length == 0 ? new String[] {"--help"} : args));
    }

    /** The commands of a training file, as the launcher reads them (for tests). */
    static List<String[]> commands(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
    }
}
