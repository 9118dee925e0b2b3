package no.baerekraftsjekk.domain;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dimension mapping file that breaks its format. The message is Norwegian and names the file and,
 * where one is to blame, the line, so the person who edited it can fix it.
 */
public final class InvalidMappingException extends IOException {
    private final transient Path file;
    private final int line;

    public InvalidMappingException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The line at fault, from 1; 0 when the fault is in the file as a whole. */
    public int line() {
        return line;
    }
}
