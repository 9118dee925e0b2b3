package no.baerekraftsjekk.ui.assessment;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import no.baerekraftsjekk.ui.common.BackgroundTasks;

/** The program's scheduling: a pause on the FX thread for the delay, {@link BackgroundTasks} for the writes. */
final class FxAutosaveScheduling implements AutosaveScheduling {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FxAutosaveScheduling.class);
    private final BackgroundTasks tasks;

    FxAutosaveScheduling(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> {
            // A pause that ends after the session closed (the window closes by flushing first, so only
            // a session stopped around an open editor gets here) has no library left to write to.
            if (tasks.isClosed()) {
                LOG.warn("An autosave came due after the program closed; the library was already closed");
                return;
            }
            action.run();
        });
        pause.play();
        return pause::stop;
    }

    @Override
    public void inBackground(Callable<Void> work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        tasks.run(work).onSuccess(v -> onSuccess.run()).onFailure(onFailure).start();
    }
}
