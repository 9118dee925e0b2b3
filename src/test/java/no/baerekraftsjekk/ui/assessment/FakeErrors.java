package no.baerekraftsjekk.ui.assessment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.ui.common.ErrorReporter;

/** Remembers what would have been shown to the caseworker. */
final class FakeErrors implements ErrorReporter {
    final List<String> shown = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showUnexpected(Throwable error) {
        shown.add("unexpected: " + error);
    }
}
