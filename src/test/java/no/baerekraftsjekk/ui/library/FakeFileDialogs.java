package no.baerekraftsjekk.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.ui.common.FileDialogs;

/** Answers file dialogs with what the test set up, and records the suggested names. */
final class FakeFileDialogs implements FileDialogs {
    List<Path> filesToOpen = List.of();
    Path saveLocation;
    final List<String> suggestedNames = new ArrayList<>();

    @Override
    public List<Path> chooseAssessmentFiles() {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName, String extension) {
        suggestedNames.add(suggestedName + "." + extension);
        return Optional.ofNullable(saveLocation);
    }
}
