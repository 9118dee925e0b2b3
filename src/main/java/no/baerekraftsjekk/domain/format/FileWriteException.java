package no.baerekraftsjekk.domain.format;

import java.nio.file.Path;

/** A file that could not be written, with a Norwegian message that says what and where. The old file is intact. */
public final class FileWriteException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public FileWriteException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
