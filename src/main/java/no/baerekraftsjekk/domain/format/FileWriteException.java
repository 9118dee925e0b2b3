package no.baerekraftsjekk.domain.format;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;

/** A file that could not be written, with an explanation that says what and where. The old file is intact. */
public final class FileWriteException extends Exception implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Path target;
    private final transient Message explanation;

    public FileWriteException(Path target, Message explanation, Throwable cause) {
        super(explanation.toString(), cause);
        this.target = target;
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }

    public Path target() {
        return target;
    }
}
