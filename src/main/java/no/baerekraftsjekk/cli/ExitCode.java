package no.baerekraftsjekk.cli;

/** The exit codes of every command, documented in {@code --help}. */
public final class ExitCode {
    /** Done as asked. */
    public static final int OK = 0;
    /** Could not finish: the library or a file could not be read or written. */
    public static final int FAILED = 1;
    /** Bad input: an invalid or unreadable .bkj file, or a command used wrongly. */
    public static final int INVALID_INPUT = 2;

    private ExitCode() {
    }
}
