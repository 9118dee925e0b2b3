package no.baerekraftsjekk.ui.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.StaleSaveException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores every change of an assessment shortly after it is made, so the caseworker never has to
 * save and never loses more than the last second of typing.
 *
 * <p>Changes are debounced (a burst of keystrokes becomes one write) and coalesced (only the newest
 * value is written). At most one write runs at a time and writes land in the order the changes were
 * made: each value carries a change number, and a write of an older change than the one already
 * stored is skipped. A failed write is retried with a growing pause; {@link #flushInBackground}
 * writes what is left before the editor closes.
 *
 * <p>Every write names the library version it started from. When the library refuses it because
 * someone else saved in between ({@link StaleSaveException}), retrying cannot help: the autosaver
 * stops, keeps the caseworker's value, and asks its {@link ConflictListener} once; nothing is
 * written until {@link #continueFrom} or {@link #discardUnsaved} settles it. All methods are called
 * on the owning (FX) thread.
 */
public final class Autosaver {
    static final Duration DEBOUNCE = Duration.ofMillis(500);
    /** However fast someone types, what they typed is stored within this time. */
    static final Duration MAX_WAIT = Duration.ofMillis(900);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(15);
    /** After this many failures in a row the caseworker is told with a message, not only the quiet status. */
    static final int FAILURES_BEFORE_MESSAGE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Where the values go; {@code save} runs off the owning thread. */
    @FunctionalInterface
    public interface SaveTarget {
        /** Stores the value over the stored version {@code baseVersion}; returns the version now stored. */
        long save(long baseVersion, Assessment assessment) throws Exception;
    }

    /** Told once when the library refused a write because the assessment was saved elsewhere. */
    @FunctionalInterface
    public interface ConflictListener {
        void savedElsewhere(StaleSaveException conflict, Assessment mine);
    }

    /** Told once when saving has failed several times in a row. */
    @FunctionalInterface
    public interface FailureListener {
        void savingKeepsFailing(Throwable lastError);
    }

    public enum State { IDLE, PENDING, SAVING, SAVED, FAILED, CONFLICT }

    /** One change of the assessment, numbered in the order made. */
    private record Change(long number, Assessment value) {
    }

    private final SaveTarget target;
    private final AutosaveScheduling scheduling;
    private final Clock clock;
    private final FailureListener failureListener;
    private final ConflictListener conflictListener;
    private final Texts texts;
    private final Object writeLock = new Object();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");

    private long latestChange;
    /** Guarded by {@link #writeLock}: the newest change the target holds. */
    private long writtenChange;
    /** Guarded by {@link #writeLock}: the library's version of what the target holds. */
    private long storedVersion;
    private Change pending;
    private Change inFlight;
    private Instant pendingSince;
    private AutosaveScheduling.Cancellable timer;
    private int failuresInARow;
    private Throwable lastFailure;

    /**
     * @param storedVersion the library's version of the assessment as opened; the first write names it
     * @param texts the words of the status line ("Lagret kl. 10.42"), in the window's language
     */
    public Autosaver(SaveTarget target, long storedVersion, AutosaveScheduling scheduling, Clock clock,
                     FailureListener failureListener, ConflictListener conflictListener, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.target = Objects.requireNonNull(target);
        this.storedVersion = storedVersion;
        this.scheduling = Objects.requireNonNull(scheduling);
        this.clock = Objects.requireNonNull(clock);
        this.failureListener = Objects.requireNonNull(failureListener);
        this.conflictListener = Objects.requireNonNull(conflictListener);
    }

    /** The assessment changed: store this value soon. */
    public void changed(Assessment value) {
        Instant now = clock.instant();
        if (pending == null) {
            pendingSince = now;
        }
        pending = new Change(++latestChange, Objects.requireNonNull(value));
        if (state.get() == State.CONFLICT) {
            // Kept, and written only once the caseworker has said what should happen.
            return;
        }
        if (state.get() != State.FAILED) {
            setState(State.PENDING);
        }
        Duration untilDeadline = Duration.between(now, pendingSince.plus(MAX_WAIT));
        restartTimer(untilDeadline.compareTo(DEBOUNCE) < 0 ? max(untilDeadline, Duration.ZERO) : DEBOUNCE);
    }

    /**
     * Writes whatever is not stored yet, now, on the calling thread; waits for a write in flight.
     *
     * @return true when everything is stored; false when the write failed (the value is kept and
     *     retried, {@link #lastFailure()} says why)
     */
    public boolean flush() {
        cancelTimer();
        Change latest = pending != null ? pending : inFlight;
        if (latest == null) {
            return true;
        }
        if (state.get() == State.CONFLICT) {
            return false;
        }
        try {
            write(latest);
        } catch (Exception e) {
            recordFailure(latest, e);
            return false;
        }
        pending = null;
        failuresInARow = 0;
        markSaved();
        return true;
    }

    /**
     * Writes whatever is not stored yet off the owning thread, then tells {@code done} on it: true
     * when everything is stored, false when the write failed or is refused (the value is kept,
     * {@link #lastFailure()} says why). Used when the editor closes, so a slow disk never freezes the window.
     */
    public void flushInBackground(Consumer<Boolean> done) {
        cancelTimer();
        Change latest = pending != null ? pending : inFlight;
        if (latest == null) {
            done.accept(true);
            return;
        }
        if (state.get() == State.CONFLICT) {
            done.accept(false);
            return;
        }
        setState(State.SAVING);
        scheduling.inBackground(() -> {
            write(latest);
            return null;
        }, () -> {
            if (pending == latest) {
                pending = null;
            }
            failuresInARow = 0;
            if (pending == null) {
                markSaved();
            }
            done.accept(pending == null);
        }, error -> {
            recordFailure(latest, error);
            done.accept(false);
        });
    }

    /**
     * The conflict is settled by taking the stored value: what was not written is dropped, and the
     * next write starts from {@code version}.
     */
    public void continueFrom(long version) {
        cancelTimer();
        synchronized (writeLock) {
            storedVersion = version;
            writtenChange = latestChange;
        }
        pending = null;
        lastFailure = null;
        failuresInARow = 0;
        setState(State.IDLE);
    }

    /** The library's version of what was last written: a save made beside the autosaver builds on it. */
    public long storedVersion() {
        synchronized (writeLock) {
            return storedVersion;
        }
    }

    /** Drops what is not written (it was kept elsewhere, as a copy); nothing more is written. */
    public void discardUnsaved() {
        cancelTimer();
        synchronized (writeLock) {
            writtenChange = latestChange;
        }
        pending = null;
        setState(State.IDLE);
    }

    /** True while a change is not yet stored. */
    public boolean hasUnsavedChanges() {
        return pending != null || inFlight != null;
    }

    public Throwable lastFailure() {
        return lastFailure;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The quiet status line: "Lagrer…", "Lagret kl. 14:32" or "Kunne ikke lagre – prøver igjen". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    private void timerFired() {
        timer = null;
        if (inFlight == null) {
            startWrite();
        }
    }

    private void startWrite() {
        Change value = pending;
        if (value == null) {
            return;
        }
        pending = null;
        inFlight = value;
        setState(State.SAVING);
        scheduling.inBackground(() -> {
            write(value);
            return null;
        }, () -> writeSucceeded(value), error -> writeFailed(value, error));
    }

    private void write(Change value) throws Exception {
        synchronized (writeLock) {
            if (value.number() <= writtenChange) {
                return;
            }
            storedVersion = target.save(storedVersion, value.value());
            writtenChange = value.number();
        }
    }

    private void writeSucceeded(Change value) {
        if (inFlight == value) {
            inFlight = null;
        }
        failuresInARow = 0;
        if (state.get() == State.CONFLICT) {
            return;
        }
        if (pending == null) {
            markSaved();
        } else if (timer == null) {
            startWrite();
        }
    }

    private void writeFailed(Change value, Throwable error) {
        if (inFlight == value) {
            inFlight = null;
        }
        recordFailure(value, error);
    }

    private void recordFailure(Change value, Throwable error) {
        lastFailure = error;
        if (pending == null || pending.number() < value.number()) {
            pending = value;
            pendingSince = clock.instant();
        }
        if (error instanceof StaleSaveException conflict) {
            if (state.get() != State.CONFLICT) {
                LOG.info("Autosave refused: assessment {} was saved as version {} by {} since version {}",
                        conflict.id(), conflict.currentVersion(), conflict.changedBy(), conflict.baseVersion());
                cancelTimer();
                setState(State.CONFLICT);
                conflictListener.savedElsewhere(conflict, pending.value());
            }
            return;
        }
        LOG.warn("Autosave failed (attempt {} in a row)", failuresInARow + 1, error);
        failuresInARow++;
        setState(State.FAILED);
        if (failuresInARow == FAILURES_BEFORE_MESSAGE) {
            failureListener.savingKeepsFailing(error);
        }
        restartTimer(retryDelay());
    }

    private Duration retryDelay() {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failuresInARow - 1, 4));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private void markSaved() {
        setState(State.SAVED);
    }

    private void setState(State value) {
        state.set(value);
        statusText.set(switch (value) {
            case IDLE -> "";
            case PENDING, SAVING -> texts.get("assessment.autosave.saving");
            case SAVED -> texts.get("assessment.autosave.saved",
                    LocalTime.ofInstant(clock.instant(), clock.getZone()).format(TIME));
            case FAILED -> texts.get("assessment.autosave.failed");
            case CONFLICT -> texts.get("assessment.autosave.conflict");
        });
    }

    private void restartTimer(Duration delay) {
        cancelTimer();
        timer = scheduling.schedule(delay, this::timerFired);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
