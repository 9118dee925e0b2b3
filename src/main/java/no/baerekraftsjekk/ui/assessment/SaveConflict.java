package no.baerekraftsjekk.ui.assessment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.common.DialogService.Choice;
import no.baerekraftsjekk.ui.common.DialogService.Question;
import no.baerekraftsjekk.usecase.DuplicateAssessment;

/**
 * What happens when the autosave is refused because the assessment was saved elsewhere (another
 * window, the command line) since it was opened here. Nothing was overwritten; the caseworker
 * chooses: take the stored version (their own unsaved edits are dropped), or keep their own as a
 * new copy and go on editing that (the stored version stays as it is).
 */
final class SaveConflict implements Autosaver.ConflictListener, SavedElsewhereNotice.WaysOut {
    enum WayOut { RELOAD_THEIRS, KEEP_MINE_AS_COPY }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").withZone(ZoneId.systemDefault());

    private final UiServices services;
    private final AssessmentEditorViewModel editor;
    private final LongConsumer openCopy;
    private final Texts texts;

    /** @param openCopy shows the copy in place of this assessment */
    SaveConflict(UiServices services, AssessmentEditorViewModel editor, LongConsumer openCopy) {
        this.services = Objects.requireNonNull(services);
        this.editor = Objects.requireNonNull(editor);
        this.openCopy = Objects.requireNonNull(openCopy);
        this.texts = services.texts();
    }

    @Override
    public void savedElsewhere(StaleSaveException conflict, Assessment mine) {
        Question<WayOut> question = new Question<>(texts.get("assessment.stale.title"),
                texts.get("assessment.stale.message", mine.caseInfo().title(), conflict.changedBy(), WHEN.format(conflict.changedAt())),
                List.of(new Choice<>(WayOut.RELOAD_THEIRS, texts.get("assessment.stale.reload")),
                        new Choice<>(WayOut.KEEP_MINE_AS_COPY, texts.get("assessment.stale.keepCopy"))));
        services.dialogs().choose(question, way -> {
            switch (way) {
                case RELOAD_THEIRS -> reloadTheirs(conflict, mine);
                // What the caseworker has now, typed after the refusal too.
                case KEEP_MINE_AS_COPY -> keepMineAsCopy(conflict, editor.wholeCase());
            }
        });
    }

    /** The notice bar's "take theirs": the same as the dialog's. */
    @Override
    public void reloadTheirs(StaleSaveException conflict) {
        reloadTheirs(conflict, editor.wholeCase());
    }

    /** The notice bar's "keep mine": the same as the dialog's, with what the caseworker has now. */
    @Override
    public void keepMineAsCopy(StaleSaveException conflict) {
        keepMineAsCopy(conflict, editor.wholeCase());
    }

    private void reloadTheirs(StaleSaveException conflict, Assessment mine) {
        long id = editor.assessmentId();
        services.tasks().run(() -> services.library().find(id))
                .onSuccess(found -> found.ifPresentOrElse(
                        stored -> editor.takeStored(stored.assessment(), stored.version()),
                        () -> {
                            // Deleted meanwhile: there is nothing to reload, so the only safe way is a copy.
                            services.errors().showError(texts.get("assessment.stale.title"), texts.get("assessment.stale.gone"));
                            keepMineAsCopy(conflict, editor.wholeCase());
                        }))
                .onFailure(LibraryException.class, e -> askAgain(conflict, mine, e))
                .start();
    }

    private void keepMineAsCopy(StaleSaveException conflict, Assessment mine) {
        services.tasks().run(() -> new DuplicateAssessment(services.library(), texts).storeAsCopy(mine))
                .onSuccess(copy -> {
                    editor.autosaver().discardUnsaved();
                    openCopy.accept(copy.id());
                })
                .onFailure(LibraryException.class, e -> askAgain(conflict, mine, e))
                .start();
    }

    /** The library failed at the way out chosen: say so, and ask again, since the edits are still only here. */
    private void askAgain(StaleSaveException conflict, Assessment mine, LibraryException failure) {
        services.errors().showError(texts.get("library.error.title"), texts.explain(failure));
        savedElsewhere(conflict, mine);
    }
}
