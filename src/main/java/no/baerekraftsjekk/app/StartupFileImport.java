package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.ImportOutcome;
import no.baerekraftsjekk.usecase.ImportAssessments;
import no.baerekraftsjekk.usecase.ImportAssessments.DuplicateChoice;
import no.baerekraftsjekk.ui.library.ImportReport;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.ErrorReporter;

/**
 * Opens the {@code .bkj} file the program was started with (opened from the file manager): the
 * assessment it was imported into or exported from before, when that is still in the library;
 * else it is imported first, asking whether to update the assessment or keep both when the file's
 * assessment is in the library under another file. A refused file is explained and nothing of it is stored.
 */
final class StartupFileImport {
    private final ImportAssessments importer;
    private final DuplicateChoice onDuplicate;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Texts texts;

    StartupFileImport(ImportAssessments importer, DuplicateChoice onDuplicate, BackgroundTasks tasks, ErrorReporter errors,
            Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.importer = Objects.requireNonNull(importer);
        this.onDuplicate = Objects.requireNonNull(onDuplicate);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
    }

    void importAndOpen(Path file, LongConsumer open) {
        tasks.run(() -> importer.openOrImport(file, onDuplicate))
                .onSuccess(outcome -> {
                    describe(outcome, texts).ifPresent(text -> errors.showError(texts.get("library.import.title"), text));
                    outcome.id().ifPresent(open);
                })
                .start();
    }

    static Optional<String> describe(ImportOutcome outcome, Texts texts) {
        return ImportReport.describe(outcome, texts);
    }
}
