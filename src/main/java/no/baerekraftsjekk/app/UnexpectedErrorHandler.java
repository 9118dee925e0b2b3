package no.baerekraftsjekk.app;

import java.util.Objects;
import javafx.application.Platform;
import no.baerekraftsjekk.ui.common.ErrorReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an error nobody caught ends up, from any thread and from the FX thread: it goes to
 * {@link ErrorReporter#showUnexpected}, which writes it with a short id to the log and shows the
 * Norwegian dialog with that id. The program keeps running: JavaFX carries on after an event
 * handler throws, and a background thread that dies takes nothing else with it.
 */
final class UnexpectedErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorReporter errors;

    UnexpectedErrorHandler(ErrorReporter errors) {
        this.errors = Objects.requireNonNull(errors);
    }

    /** Installs the handler for every thread; call it on the FX thread, which gets it as its own too. */
    static UnexpectedErrorHandler install(ErrorReporter errors) {
        UnexpectedErrorHandler handler = new UnexpectedErrorHandler(errors);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            errors.showUnexpected(error);
        } catch (Throwable failed) {
            // Showing failed (no window any more, say): the log still gets both.
            LOG.error("Uncaught error in thread {}", thread.getName(), error);
            LOG.error("and it could not be shown", failed);
        }
    }
}
