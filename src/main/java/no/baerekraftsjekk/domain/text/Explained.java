package no.baerekraftsjekk.domain.text;

/**
 * A failure that says what went wrong as a {@link Message}, so whoever shows it makes the text in
 * its own language. {@link Throwable#getMessage()} on such a failure is for the log.
 */
public interface Explained {
    Message explanation();
}
