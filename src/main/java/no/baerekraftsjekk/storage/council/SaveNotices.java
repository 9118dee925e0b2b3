package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import no.baerekraftsjekk.storage.LibraryException;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for saves by other sessions (PostgreSQL's LISTEN/NOTIFY) on a connection of its own.
 * The thread waits on the socket until the server sends a notice, so a colleague's save is heard
 * within milliseconds without asking the server anything in between. A lost connection is opened
 * again every few seconds; saves missed meanwhile are still caught by the version check.
 */
public final class SaveNotices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SaveNotices.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 2_000;

    private final CouncilConnector connector;
    private final String ownSession;
    private final Consumer<SaveNotice> onSaved;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;

    private SaveNotices(CouncilConnector connector, String ownSession, Consumer<SaveNotice> onSaved) {
        this.connector = connector;
        this.ownSession = ownSession;
        this.onSaved = onSaved;
        this.thread = Thread.ofPlatform().daemon().name("council-save-notices").unstarted(this::listenUntilClosed);
    }

    static SaveNotices start(CouncilConnector connector, String ownSession, Consumer<SaveNotice> onSaved) {
        SaveNotices notices = new SaveNotices(connector, ownSession, onSaved);
        notices.thread.start();
        return notices;
    }

    /** True once LISTEN is in place, so saves from now on are heard. */
    public boolean isListening() {
        return listening;
    }

    private void listenUntilClosed() {
        while (!closed) {
            try (Connection db = connector.connect()) {
                try (Statement listen = db.createStatement()) {
                    listen.execute("LISTEN " + PostgresLibrary.CHANNEL);
                }
                listening = true;
                PGConnection pg = db.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(WAIT_MILLIS);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification note : notes) {
                        SaveNotice.parse(note.getParameter(), ownSession).ifPresent(this::deliver);
                    }
                }
            } catch (SQLException | LibraryException e) {
                listening = false;
                if (!closed) {
                    LOG.info("Not hearing of colleagues' saves until the council library answers again: {}", e.getMessage());
                    pause();
                }
            }
        }
        listening = false;
    }

    private void deliver(SaveNotice notice) {
        try {
            onSaved.accept(notice);
        } catch (RuntimeException e) {
            LOG.warn("A save notice could not be handled", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
