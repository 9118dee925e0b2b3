package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Another program holds a lock on the library and did not let go within the wait. A lock is not
 * damage: nothing is wrong with the file, it is only busy, so nobody is offered a new, empty
 * collection for it and no restore goes around it.
 */
public final class LibraryLockedException extends LibraryUnavailableException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public LibraryLockedException(Path file, Message message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** SQLite's words for "another connection holds the lock", as sqlite-jdbc passes them on. */
    static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String detail = String.valueOf(t.getMessage());
            if (detail.contains("SQLITE_BUSY") || detail.contains("SQLITE_LOCKED") || detail.contains("database is locked")) {
                return true;
            }
        }
        return false;
    }

    /** How long to wait for a lock before saying so: 10 s, or what {@code baerekraftsjekk.lockWaitMillis} says (tests). */
    static int waitMillis() {
        return Integer.getInteger("baerekraftsjekk.lockWaitMillis", 10_000);
    }
}
