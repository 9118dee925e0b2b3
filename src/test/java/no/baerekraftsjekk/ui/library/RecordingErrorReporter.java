package no.baerekraftsjekk.ui.library;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.ui.common.ErrorReporter;

/** Keeps what would have been shown, so a test can check the caseworker is told the right thing. */
final class RecordingErrorReporter implements ErrorReporter {
    record Shown(String title, String message) {
    }

    final List<Shown> errors = new CopyOnWriteArrayList<>();
    final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message));
    }

    @Override
    public void showUnexpected(Throwable error) {
        unexpected.add(error);
    }
}
