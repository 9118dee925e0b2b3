package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a library's bytes really are, when its path is a symbolic link. */
final class LibraryFiles {
    private LibraryFiles() {
    }

    /**
     * The file a symbolic link points to (followed to the end), else the path itself. Replacing the
     * link by a file would leave the linked file stale, and the two would silently part.
     */
    static Path realTarget(Path library) {
        Path absolute = library.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            // A dangling link: resolve one step, so the file is made where the link points.
            try {
                Path next = Files.readSymbolicLink(absolute);
                return absolute.resolveSibling(next).normalize();
            } catch (IOException again) {
                return absolute;
            }
        }
    }
}
