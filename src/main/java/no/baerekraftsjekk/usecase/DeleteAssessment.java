package no.baerekraftsjekk.usecase;

import java.util.Objects;
import no.baerekraftsjekk.storage.AssessmentLibrary;

/**
 * Moves an assessment to the bin, and back: deleting is never final, so the caseworker is offered
 * "Angre" instead of being asked "are you sure?". Failures throw {@code LibraryException}.
 */
public final class DeleteAssessment {
    private final AssessmentLibrary library;

    public DeleteAssessment(AssessmentLibrary library) {
        this.library = Objects.requireNonNull(library);
    }

    public void delete(long id) {
        library.delete(id);
    }

    /** Takes the assessment out of the bin, as it was when deleted (its version too). */
    public void restore(long id) {
        library.restore(id);
    }
}
