package no.baerekraftsjekk.usecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder of the program's own making (a scratch copy, an old cached profile). */
final class Folders {
    private Folders() {
    }

    /** Deletes the folder and everything in it; a file left behind is harmless and not said. */
    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left for the next time.
        }
    }
}
