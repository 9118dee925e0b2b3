package no.baerekraftsjekk.ui.assessment;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import no.baerekraftsjekk.ui.common.BackgroundTasks;

/** The program's scheduling: a pause on the FX thread for the delay, {@link BackgroundTasks} for the writes. */
final class FxAutosaveScheduling implements AutosaveScheduling {
    private final BackgroundTasks tasks;

    FxAutosaveScheduling(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public void inBackground(Callable<Void> work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        tasks.run(work).onSuccess(v -> onSuccess.run()).onFailure(onFailure).start();
    }
}
