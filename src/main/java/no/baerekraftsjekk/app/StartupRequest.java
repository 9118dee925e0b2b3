package no.baerekraftsjekk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the program was started for. A file manager that opens a {@code .bkj} file (the installer
 * associates the type with the program) starts it with the file's path as the only argument: that
 * opens the window and brings the file in. Any other arguments are the command line.
 */
public record StartupRequest(Optional<Path> fileToOpen) {

    public StartupRequest {
        fileToOpen = fileToOpen.map(Path::toAbsolutePath);
    }

    public static StartupRequest window() {
        return new StartupRequest(Optional.empty());
    }

    /** The window's request from its raw arguments; empty when they are not a single .bkj file. */
    public static StartupRequest from(List<String> args) {
        return new StartupRequest(Optional.ofNullable(assessmentFile(args)));
    }

    /** True when the arguments ask for the window: none, or one existing .bkj file. */
    public static boolean wantsWindow(List<String> args) {
        return args.isEmpty() || assessmentFile(args) != null;
    }

    private static Path assessmentFile(List<String> args) {
        if (args.size() != 1 || !args.get(0).toLowerCase(Locale.ROOT).endsWith(".bkj")) {
            return null;
        }
        Path file = Path.of(args.get(0));
        return Files.isRegularFile(file) ? file : null;
    }
}
