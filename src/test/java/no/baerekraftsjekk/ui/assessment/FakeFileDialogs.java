package no.baerekraftsjekk.ui.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.ui.common.FileDialogs;

/** Answers every save dialog with a fixed place; never shows a window. */
final class FakeFileDialogs implements FileDialogs {
    Path saveLocation;

    @Override
    public List<Path> chooseAssessmentFiles() {
        return List.of();
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName, String extension) {
        return Optional.ofNullable(saveLocation);
    }
}
