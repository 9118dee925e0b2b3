package no.baerekraftsjekk.usecase;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Messages;
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
        return library.find(id).orElseThrow(() -> new LibraryException(Messages.get("library.error.notFound", Long.toString(id))));
    }

    /** This change as a new assessment, its title saying whose copy it is; theirs stays as it is. */
    public StoredAssessment keepMineAsCopy(Assessment mine, String myName) {
        String title = Messages.get("council.conflict.copyTitle", mine.caseInfo().title(), myName);
        return library.create(mine.withCaseInfo(mine.caseInfo().withTitle(title)));
    }
}
