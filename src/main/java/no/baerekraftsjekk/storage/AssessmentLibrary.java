package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.Assessment;

/**
 * The caseworker's library of assessments. The only way the rest of the program reaches stored
 * data; every method is safe to call from a background thread. Failures throw {@link LibraryException}.
 */
public interface AssessmentLibrary extends AutoCloseable {

    StoredAssessment create(Assessment assessment);

    /** Replaces the stored assessment in one transaction: all of it is saved, or nothing. */
    StoredAssessment save(long id, Assessment assessment);

    Optional<StoredAssessment> find(long id);

    /** Every assessment not deleted, the most recently changed first. */
    List<AssessmentSummary> list();

    /**
     * Assessments whose title, case number, unit or text (description, justifications, conclusion)
     * contain every word of the query, ignoring case; the most recently changed first.
     */
    List<AssessmentSummary> search(String query);

    /** Moves the assessment to the bin; {@link #restore(long)} brings it back (undo). */
    void delete(long id);

    void restore(long id);

    /** The database file. */
    Path location();

    @Override
    void close();
}
