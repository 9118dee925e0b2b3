package no.baerekraftsjekk.storage;

import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;

/**
 * The library could not do what was asked. The explanation says what and where; the window or the
 * command line puts it into words.
 */
public class LibraryException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public LibraryException(Message explanation, Throwable cause) {
        super(explanation.toString(), cause);
        this.explanation = explanation;
    }

    public LibraryException(Message explanation) {
        this(explanation, null);
    }

    /** A failure with only a technical detail to tell (a fake library in a test, a driver's own words). */
    public LibraryException(String detail) {
        this(Message.of("library.error.detail", detail), null);
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
