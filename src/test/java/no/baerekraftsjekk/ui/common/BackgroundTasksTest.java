package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.ui.FxTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    private final List<String> happened = new CopyOnWriteArrayList<>();
    private final ErrorReporter errors = new ErrorReporter() {
        @Override
        public void showError(String title, String message) {
            happened.add("error " + title);
        }

        @Override
        public void showUnexpected(Throwable error) {
            happened.add("unexpected " + error.getClass().getSimpleName());
        }
    };
    private final BackgroundTasks tasks = new BackgroundTasks(errors);

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aFailureGoesToTheFirstHandlerOfItsTypeOnTheFxThreadAndTheFinallyStepRunsAfterIt() {
        FxTesting.onFx(() -> tasks.run(() -> {
                    throw new StaleSaveException(1, 1, 2, "kari", Instant.EPOCH);
                })
                .onSuccess(value -> happened.add("success"))
                .onFailure(StaleSaveException.class, e -> happened.add("stale " + e.changedBy() + " fx=" + javafx.application.Platform.isFxApplicationThread()))
                .onFailure(LibraryException.class, e -> happened.add("library"))
                .onFailure(e -> happened.add("any"))
                .andFinally(() -> happened.add("finally"))
                .start());

        FxTesting.await("finished", () -> happened.contains("finally"));
        assertThat(happened).containsExactly("stale kari fx=true", "finally");
    }

    @Test
    void aFailureOfAnotherTypeGoesToTheMoreGeneralHandler() {
        FxTesting.onFx(() -> tasks.run(() -> {
                    throw new LibraryException("Disken er full.");
                })
                .onFailure(StaleSaveException.class, e -> happened.add("stale"))
                .onFailure(LibraryException.class, e -> happened.add("library " + e.explanation().args().getFirst()))
                .andFinally(() -> happened.add("finally"))
                .start());

        FxTesting.await("finished", () -> happened.contains("finally"));
        assertThat(happened).containsExactly("library Disken er full.", "finally");
    }

    @Test
    void aFailureNoHandlerTakesIsShownAsUnexpected() {
        FxTesting.onFx(() -> tasks.run(() -> {
                    throw new IllegalStateException("feil");
                })
                .onFailure(LibraryException.class, e -> happened.add("library"))
                .onFailure(FileWriteException.class, e -> happened.add("file"))
                .andFinally(() -> happened.add("finally"))
                .start());

        FxTesting.await("finished", () -> happened.contains("finally"));
        assertThat(happened).containsExactly("unexpected IllegalStateException", "finally");
    }

    @Test
    void theFinallyStepsRunAfterSuccessInTheOrderAdded() {
        FxTesting.onFx(() -> tasks.run(() -> 42)
                .andFinally(() -> happened.add("first"))
                .onSuccess(value -> happened.add("success " + value))
                .andFinally(() -> happened.add("second"))
                .start());

        FxTesting.await("finished", () -> happened.contains("second"));
        assertThat(happened).containsExactly("success 42", "first", "second");
    }

    @Test
    void aHandlerThatCouldNeverRunIsRefusedWhenAdded() {
        assertThatThrownBy(() -> tasks.run(() -> 1)
                .onFailure(LibraryException.class, e -> { })
                .onFailure(StaleSaveException.class, e -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("StaleSaveException");
    }
}
