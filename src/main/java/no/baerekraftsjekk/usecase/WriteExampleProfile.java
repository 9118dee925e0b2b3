package no.baerekraftsjekk.usecase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.profile.ProfileReader;

/**
 * Writes the example profile shipped with the program ("Eksempel kommune") into a folder, as the
 * start of a council's own: its profile file, its logo and its Word template. Nothing there is
 * overwritten.
 */
public final class WriteExampleProfile {
    /** The example's files, inside the program under {@code profile/eksempel/}. */
    public static final List<String> FILES = List.of(ProfileReader.FILE_NAME, "logo.svg", "mal.dotx");

    private WriteExampleProfile() {
    }

    /**
     * @return the profile file written
     * @throws FileAlreadyExistsException when one of the files is there already; nothing is written then
     */
    public static Path into(Path folder) throws IOException {
        for (String name : FILES) {
            if (Files.exists(folder.resolve(name))) {
                throw new FileAlreadyExistsException(folder.resolve(name).toString());
            }
        }
        Files.createDirectories(folder);
        for (String name : FILES) {
            try (InputStream in = WriteExampleProfile.class.getResourceAsStream("/profile/eksempel/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The example profile lacks " + name);
                }
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder.resolve(ProfileReader.FILE_NAME);
    }
}
