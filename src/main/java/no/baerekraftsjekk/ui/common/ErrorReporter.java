package no.baerekraftsjekk.ui.common;

/** The one way the window tells the caseworker that something went wrong. Behind an interface so view models are testable. */
public interface ErrorReporter {

    /** An expected problem (a bad file, a full disk): a Norwegian title and a message that says what to do. */
    void showError(String title, String message);

    /** Something unexpected: shown with a short error id and where the log is; details go to the log. */
    void showUnexpected(Throwable error);
}
