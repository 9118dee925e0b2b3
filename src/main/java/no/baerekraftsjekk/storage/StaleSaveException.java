package no.baerekraftsjekk.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.baerekraftsjekk.domain.text.Message;

/**
 * A save started from an older version than the one stored: someone (another window, the command
 * line, a colleague) saved the assessment in between. Nothing was overwritten; the caller decides
 * what becomes of its own value. Retrying the same save can never succeed.
 */
public class StaleSaveException extends LibraryException {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").withZone(ZoneId.systemDefault());

    private final long id;
    private final long baseVersion;
    private final long currentVersion;
    private final String changedBy;
    private final transient Instant changedAt;

    public StaleSaveException(long id, long baseVersion, long currentVersion, String changedBy, Instant changedAt) {
        super(Message.of("library.error.stale", Long.toString(id), changedBy, WHEN.format(changedAt)));
        this.id = id;
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long id() {
        return id;
    }

    /** The version the refused save started from. */
    public long baseVersion() {
        return baseVersion;
    }

    /** The version stored now, newer than {@link #baseVersion()}. */
    public long currentVersion() {
        return currentVersion;
    }

    /** Who made the stored version (an operating-system user name). */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
