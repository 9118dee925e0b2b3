package no.baerekraftsjekk.domain;

import java.io.IOException;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;

/**
 * A dimension mapping file that breaks its format, or cannot be read. The explanation names the file
 * and, where one is to blame, the line, so the person who edited it can fix it.
 */
public final class InvalidMappingException extends IOException implements Explained {
    private final transient Path file;
    private final int line;
    private final transient Message explanation;

    public InvalidMappingException(Path file, int line, Message explanation) {
        this(file, line, explanation, null);
    }

    public InvalidMappingException(Path file, int line, Message explanation, Throwable cause) {
        super(explanation.toString(), cause);
        this.file = file;
        this.line = line;
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }

    public Path file() {
        return file;
    }

    /** The line at fault, from 1; 0 when the fault is in the file as a whole. */
    public int line() {
        return line;
    }
}
