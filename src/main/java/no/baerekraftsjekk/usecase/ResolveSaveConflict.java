package no.baerekraftsjekk.usecase;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * A save was refused because a colleague saved the assessment first. The caseworker chooses:
 * take theirs (and drop this change), or keep theirs where it is and this change as a new
 * assessment beside it. Either way nothing anyone saved is lost.
 */
public final class ResolveSaveConflict {
    private final AssessmentLibrary library;

    public ResolveSaveConflict(AssessmentLibrary library) {
        this.library = library;
    }

    /** Their version, as now stored, to continue from. */
    public StoredAssessment takeTheirs(long id) {
        return library.find(id).orElseThrow(() -> new LibraryException(Message.of("library.error.notFound", Long.toString(id))));
    }

    /** This change as a new assessment, its title (in the caseworker's language) saying whose copy it is; theirs stays as it is. */
    public StoredAssessment keepMineAsCopy(Assessment mine, String myName, Texts texts) {
        String title = texts.get("council.conflict.copyTitle", mine.caseInfo().title(), myName);
        return library.create(mine.withCaseInfo(mine.caseInfo().withTitle(title)));
    }
}
