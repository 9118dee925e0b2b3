package no.baerekraftsjekk.usecase;

import java.util.Objects;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * Stores a copy of an assessment as a new draft titled "Kopi av …": from the library list, and
 * when a caseworker keeps their own edits as a copy after someone else saved the same assessment.
 */
public final class DuplicateAssessment {
    private final AssessmentLibrary library;
    private final Texts texts;

    /** @param texts the language the copy's title ("Kopi av …") is written in */
    public DuplicateAssessment(AssessmentLibrary library, Texts texts) {
        this.library = Objects.requireNonNull(library);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Copies the stored assessment {@code id}; a library failure (or a gone assessment) throws {@link LibraryException}. */
    public StoredAssessment duplicate(long id, String shownTitle) {
        Assessment original = library.find(id)
                .orElseThrow(() -> new LibraryException(Message.of("library.error.gone", shownTitle)))
                .assessment();
        return storeAsCopy(original);
    }

    /** Stores {@code value} as a new draft copy; the original, wherever it is, is left alone. */
    public StoredAssessment storeAsCopy(Assessment value) {
        String title = copyTitle(value.caseInfo().title(), texts);
        return library.create(value.asNewCopy().withCaseInfo(value.caseInfo().withTitle(title)));
    }

    /** "Kopi av …", shortened to the title limit the format sets. */
    public static String copyTitle(String title, Texts texts) {
        return CaseInfo.fitTitle(texts.get("library.duplicate.title", title));
    }
}
