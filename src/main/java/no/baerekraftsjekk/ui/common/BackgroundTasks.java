package no.baerekraftsjekk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The one way to run work off the FX thread: {@code tasks.run(work).onSuccess(...).onFailure(...).start()}.
 * Results and failures are delivered on the FX thread; a failure with no handler goes to the
 * {@link ErrorReporter}. Threads are daemon threads so an unfinished task never keeps the program alive.
 */
public final class BackgroundTasks implements AutoCloseable {
    private final ExecutorService executor;
    private final ErrorReporter errors;

    public BackgroundTasks(ErrorReporter errors) {
        this(errors, Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().name("background-", 0).factory()));
    }

    BackgroundTasks(ErrorReporter errors, ExecutorService executor) {
        this.errors = errors;
        this.executor = executor;
    }

    public <T> Builder<T> run(Callable<T> work) {
        return new Builder<>(work);
    }

    @Override
    public void close() {
        executor.shutdown();
        // An import or export still running needs the library the caller closes next: let it finish.
        try {
            executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A task being configured; nothing runs until {@link #start()}. */
    public final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = value -> { };
        private Consumer<Throwable> onFailure;

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        public Builder<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = Objects.requireNonNull(handler);
            return this;
        }

        /** Starts the work; the returned task can be bound to a progress bar. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> {
                Throwable error = task.getException();
                if (onFailure != null) {
                    onFailure.accept(error);
                } else {
                    errors.showUnexpected(error);
                }
            });
            executor.execute(task);
            return task;
        }
    }

    /** Runs on the FX thread now if already there, else later. */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
