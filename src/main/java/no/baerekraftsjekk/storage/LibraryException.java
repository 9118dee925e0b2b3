package no.baerekraftsjekk.storage;

/** The library could not do what was asked; the message is Norwegian and says what and where. */
public class LibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    public LibraryException(String message) {
        super(message);
    }
}
