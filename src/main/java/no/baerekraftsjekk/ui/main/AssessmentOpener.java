package no.baerekraftsjekk.ui.main;

import javafx.scene.Parent;

/**
 * Makes the screen for one stored assessment. The main window shows it in place of the library
 * and calls {@code onClose} to come back; the app decides which editor that is.
 */
@FunctionalInterface
public interface AssessmentOpener {

    Parent open(long id, Runnable onClose);
}
