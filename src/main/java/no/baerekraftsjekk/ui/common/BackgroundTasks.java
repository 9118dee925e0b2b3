package no.baerekraftsjekk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The one way to run work off the FX thread:
 * <pre>{@code
 * tasks.run(work)
 *      .onSuccess(result -> ...)
 *      .onFailure(StaleSaveException.class, stale -> ...)   // most specific first
 *      .onFailure(LibraryException.class, e -> errors.showError(...))
 *      .andFinally(() -> busy.set(false))
 *      .start();
 * }</pre>
 * Results and failures are delivered on the FX thread. A failure goes to the first handler whose
 * type it is; one that no handler takes goes to the {@link ErrorReporter} as unexpected. The
 * finally step runs after either, also when a handler throws. Threads are daemon threads so an
 * unfinished task never keeps the program alive.
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

    /** True once the program is closing: the library is closed too, so nothing more can run. */
    public boolean isClosed() {
        return executor.isShutdown();
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
        private final List<FailureHandler<?>> onFailure = new ArrayList<>();
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        /** Takes every failure not taken by a handler added before it. */
        public Builder<T> onFailure(Consumer<Throwable> handler) {
            return onFailure(Throwable.class, handler);
        }

        /**
         * Takes failures of this type not taken by a handler added before it, so add the most
         * specific first: a handler behind a more general one would never run, which is refused.
         */
        public <E extends Throwable> Builder<T> onFailure(Class<E> type, Consumer<? super E> handler) {
            for (FailureHandler<?> earlier : onFailure) {
                if (earlier.type().isAssignableFrom(type)) {
                    throw new IllegalStateException(type.getName() + " would never reach its handler: "
                            + earlier.type().getName() + " is handled before it");
                }
            }
            onFailure.add(new FailureHandler<>(type, Objects.requireNonNull(handler)));
            return this;
        }

        /** Runs last on the FX thread, after success or failure: the place to end a busy state. */
        public Builder<T> andFinally(Runnable step) {
            Runnable before = this.andFinally;
            Objects.requireNonNull(step);
            this.andFinally = () -> {
                before.run();
                step.run();
            };
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
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                try {
                    fail(task.getException());
                } finally {
                    andFinally.run();
                }
            });
            executor.execute(task);
            return task;
        }

        private void fail(Throwable error) {
            for (FailureHandler<?> handler : onFailure) {
                if (handler.handle(error)) {
                    return;
                }
            }
            errors.showUnexpected(error);
        }
    }

    private record FailureHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handle(Throwable error) {
            if (!type.isInstance(error)) {
                return false;
            }
            handler.accept(type.cast(error));
            return true;
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
