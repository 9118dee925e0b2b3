package no.baerekraftsjekk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** File choosers behind an interface, so view models can be tested without a window. Each remembers its last folder. */
public interface FileDialogs {

    /** Asks for one or more .bkj files to import; empty when cancelled. */
    List<Path> chooseAssessmentFiles();

    /**
     * Asks where to save a file.
     *
     * @param suggestedName the proposed file name, already safe on Windows
     * @param extension the extension without the dot, e.g. "pdf"
     */
    Optional<Path> chooseSaveLocation(String suggestedName, String extension);
}
