package no.baerekraftsjekk.storage;

import java.nio.file.AccessDeniedException;
import no.baerekraftsjekk.domain.text.Message;

/**
 * The caseworker's words for why a library file could not be read or written. SQLite, Flyway and
 * the file system speak English ("SQL State", "attempt to write a readonly database"): that goes to
 * the log, and the message says what it means.
 */
final class LibraryMessages {
    private LibraryMessages() {
    }

    static Message detail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("SQLITE_FULL") || text.contains("disk is full") || text.contains("No space left")) {
                return Message.of("library.reason.diskFull");
            }
            if (LibraryLockedException.isLock(t)) {
                return Message.of("library.reason.locked");
            }
            if (text.contains("SQLITE_READONLY") || text.contains("readonly database") || text.contains("Read-only file system")) {
                return Message.of("library.reason.readOnly");
            }
            if (t instanceof AccessDeniedException || text.contains("Permission denied") || text.contains("SQLITE_CANTOPEN")
                    || text.contains("Access is denied")) {
                return Message.of("library.reason.denied");
            }
            if (text.contains("SQLITE_IOERR") || text.contains("disk I/O error")) {
                return Message.of("library.reason.io");
            }
        }
        return Message.of("library.reason.other");
    }
}
