package no.baerekraftsjekk.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** Runs view-model code on the FX thread (headless, no window) and waits for background results. */
public final class FxTesting {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private FxTesting() {
    }

    /**
     * Starts the FX platform once per test JVM, the way TestFX does, so that window tests in the
     * same run find it in the state they expect.
     */
    public static void startPlatform() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new AssertionError("JavaFX did not start", e);
        }
    }

    public static void onFx(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    public static <T> T get(Supplier<T> value) {
        if (Platform.isFxApplicationThread()) {
            return value.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(value.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
    }

    /** Waits until the condition, checked on the FX thread, holds; fails after ten seconds. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (get(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Timed out waiting for: " + what);
    }
}
