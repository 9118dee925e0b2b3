package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.text.Message;

/**
 * The library file cannot be used as this program's library: damaged, not a database, another
 * program's database, or made by a newer version. Thrown by {@link SqliteLibrary#open(Path)} before
 * anything is written, so the file is exactly as it was. The way out is in {@link LibraryRecovery}.
 */
public final class LibraryUnusableException extends LibraryException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file; the window may choose its dialog text by it. */
    public enum Problem {
        /** Not a SQLite database at all (random bytes, another kind of file). */
        NOT_A_DATABASE,
        /** A SQLite database whose pages are damaged (truncated, overwritten). */
        DAMAGED,
        /** A healthy SQLite database that belongs to another program. */
        FOREIGN,
        /** A library made by a newer version of Bærekraftsjekk, or left half-migrated. */
        NEWER_VERSION,
        /** The file could not be read at all (no access, locked). */
        UNREADABLE
    }

    private final Problem problem;
    private final transient Path file;
    private final transient Message whatIsWrong;

    /**
     * @param whatIsWrong the sentence about the file alone; the explanation adds the way out
     */
    public LibraryUnusableException(Problem problem, Path file, Message whatIsWrong, Throwable cause) {
        super(Message.of("library.unusable.withWayOut", whatIsWrong, Message.of("library.unusable.wayOut")), cause);
        this.problem = problem;
        this.file = file;
        this.whatIsWrong = whatIsWrong;
    }

    /** What is wrong and where, without the way out: for a dialog that offers the way out as buttons. */
    public Message whatIsWrong() {
        return whatIsWrong;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
