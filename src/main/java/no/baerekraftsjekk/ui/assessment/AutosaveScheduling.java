package no.baerekraftsjekk.ui.assessment;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How the {@link Autosaver} waits and works in the background. Behind an interface so tests can
 * step time and background work by hand and prove coalescing and ordering without a window.
 * Every callback is delivered on the thread that owns the autosaver (the FX thread in the program).
 */
public interface AutosaveScheduling {

    /** Runs {@code action} once after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs {@code work} off the owning thread and reports the outcome back on it. */
    void inBackground(Callable<Void> work, Runnable onSuccess, Consumer<Throwable> onFailure);

    /** A scheduled action that can still be called off. */
    interface Cancellable {
        void cancel();
    }
}
