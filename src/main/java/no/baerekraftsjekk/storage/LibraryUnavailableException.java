package no.baerekraftsjekk.storage;

import no.baerekraftsjekk.domain.text.Message;

/**
 * The library as a whole cannot take a change now: the disk is full, the file or disk is read-only,
 * access is denied, or another program holds a lock. Nothing about the data being saved is wrong,
 * so a batch stops here instead of refusing file after file for the same reason.
 */
public class LibraryUnavailableException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public LibraryUnavailableException(Message message, Throwable cause) {
        super(message, cause);
    }
}
