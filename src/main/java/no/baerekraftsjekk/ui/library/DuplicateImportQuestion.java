package no.baerekraftsjekk.ui.library;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.usecase.ImportAssessments.Decision;
import no.baerekraftsjekk.usecase.ImportAssessments.Duplicate;
import no.baerekraftsjekk.usecase.ImportAssessments.DuplicateChoice;
import no.baerekraftsjekk.ui.common.DialogService;
import no.baerekraftsjekk.ui.common.DialogService.Choice;
import no.baerekraftsjekk.ui.common.DialogService.Question;

/**
 * The window's answer when an imported file's assessment is already in the library: it asks the
 * caseworker whether to update the one there or keep both. The import runs in the background and
 * waits there for the answer; closing the dialog imports nothing of that file.
 */
public final class DuplicateImportQuestion implements DuplicateChoice {
    private final DialogService dialogs;
    private final Texts texts;

    public DuplicateImportQuestion(DialogService dialogs, Texts texts) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Must not be called on the FX thread: it waits for the dialog there. */
    @Override
    public Decision decide(Duplicate duplicate) {
        CompletableFuture<Decision> answer = new CompletableFuture<>();
        String fileName = String.valueOf(duplicate.file().getFileName());
        dialogs.choose(new Question<>(texts.get("usecase.import.duplicate.title"),
                texts.get("usecase.import.duplicate.message", fileName, duplicate.existingTitle()),
                List.of(new Choice<>(Decision.UPDATE_EXISTING, texts.get("usecase.import.duplicate.update")),
                        new Choice<>(Decision.KEEP_BOTH, texts.get("usecase.import.duplicate.keepBoth")),
                        new Choice<>(Decision.SKIP, texts.get("usecase.import.duplicate.skip"), true))),
                answer::complete);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Decision.SKIP;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
