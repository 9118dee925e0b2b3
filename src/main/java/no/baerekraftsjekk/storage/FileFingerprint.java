package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import no.baerekraftsjekk.domain.format.BkjReader;

/**
 * A file's SHA-256, by which the library knows a {@code .bkj} it imported or exported before. A
 * file too large to be an assessment, or one that cannot be read, has none: it is simply not known.
 */
public final class FileFingerprint {
    private FileFingerprint() {
    }

    public static Optional<String> of(Path file) {
        try {
            // A pipe would block until someone writes to it, a device might never end: plain files only.
            if (!Files.isRegularFile(file) || Files.size(file) > BkjReader.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            byte[] bytes;
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) BkjReader.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > BkjReader.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return Optional.of(HexFormat.of().formatHex(sha256.digest(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
