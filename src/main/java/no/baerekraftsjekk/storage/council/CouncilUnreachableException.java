package no.baerekraftsjekk.storage.council;

import no.baerekraftsjekk.storage.LibraryException;

/**
 * The council library's server could not be reached, or the connection was lost. What was asked may
 * or may not have reached the server: a save is therefore kept in the local queue and sent again
 * with its edit id, which the server recognises.
 */
public class CouncilUnreachableException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public CouncilUnreachableException(no.baerekraftsjekk.domain.text.Message message, Throwable cause) {
        super(message, cause);
    }
}
