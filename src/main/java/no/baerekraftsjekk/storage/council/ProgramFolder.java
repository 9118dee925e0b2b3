package no.baerekraftsjekk.storage.council;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The folder the program's jar lies in, where IT may place the connection file for every user. */
public final class ProgramFolder {
    private ProgramFolder() {
    }

    public static Optional<Path> find() {
        try {
            var source = ProgramFolder.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            // From a jar: its folder. From classes (mvn exec): nothing to look beside.
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
