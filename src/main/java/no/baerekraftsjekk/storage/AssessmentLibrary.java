package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.Assessment;

/**
 * The caseworker's library of assessments. The only way the rest of the program reaches stored
 * data; every method is safe to call from a background thread. Failures throw {@link LibraryException}.
 */
public interface AssessmentLibrary extends AutoCloseable {

    /**
     * Stores a new assessment as version 1, changed by the current user; one without an identity
     * ({@link Assessment#id()} null) is given one.
     */
    StoredAssessment create(Assessment assessment);

    /**
     * Replaces the stored assessment in one transaction: all of it is saved, or nothing. The save
     * names the version it started from and returns the stored value with version {@code baseVersion + 1}.
     *
     * @throws StaleSaveException when the stored version is not {@code baseVersion} (someone saved in
     *     between); nothing is overwritten then
     * @throws LibraryException when there is no such assessment (or it is in the bin), or the save failed
     */
    StoredAssessment save(long id, long baseVersion, Assessment assessment);

    Optional<StoredAssessment> find(long id);

    /** Every assessment not deleted, the most recently changed first. */
    List<AssessmentSummary> list();

    /**
     * Assessments whose title, case number, unit or text (description, justifications, conclusion)
     * contain every word of the query, ignoring case; the most recently changed first.
     */
    List<AssessmentSummary> search(String query);

    /**
     * The different values of a case field in the assessments not in the bin, trimmed, without
     * blanks, in Norwegian alphabetical order: what a caseworker is offered while typing the field.
     */
    List<String> knownValues(CaseField field);

    /**
     * Hands every assessment not deleted to {@code action}, one at a time, for work over the whole
     * library (the portfolio). This default loads them one by one; a library overrides it with a
     * faster bulk read. The action runs on the calling thread and must not call back into the library.
     */
    default void forEachAssessment(Consumer<StoredAssessment> action) {
        for (AssessmentSummary summary : list()) {
            find(summary.id()).ifPresent(action);
        }
    }

    /**
     * Like {@link #forEachAssessment}, for roll-ups over the whole library such as the portfolio: each
     * assessment carries its case facts (without description and caseworker), every goal's relevance
     * and ratings, and a handling for every weighed conflict, but no free text. Justifications,
     * measures, dimension texts, collaboration and conclusion are empty, and a handling's text is a
     * mark, not the caseworker's words. Never save what this hands out.
     */
    default void forEachRatings(Consumer<StoredAssessment> action) {
        forEachAssessment(action);
    }

    /**
     * Remembers that the file with this SHA-256 ({@link FileFingerprint}) holds the assessment: it
     * was imported into it or exported from it. The newest assessment wins for the same file.
     */
    void rememberFile(long id, String sha256);

    /**
     * Notes that the assessment was exported (a report or a file), for a library that keeps an
     * audit trail of exempt assessments; {@code what} says to what, e.g. "pdf". Nothing by default.
     */
    default void recordExport(long id, String what) {
    }

    /** The assessment, not in the bin, that a file with this SHA-256 was imported into or exported from. */
    OptionalLong findByFile(String sha256);

    /**
     * The assessment, not in the bin, with this identity (format version 2's {@code id}); the most
     * recently changed when there are several. The default reads every assessment: fine for a small
     * library in a test, and every real library answers from an index.
     */
    default OptionalLong findByAssessmentId(UUID assessmentId) {
        return list().stream()
                .filter(s -> find(s.id()).map(found -> assessmentId.equals(found.assessment().id())).orElse(false))
                .mapToLong(AssessmentSummary::id)
                .findFirst();
    }

    /**
     * Remembers that a report (Word or PDF) of the assessment was written at {@code madeAt}, so step 7
     * is shown as done when the assessment is opened again. This default forgets: the council library
     * has no place for it in its schema yet, and there step 7 starts as not done on every open.
     */
    default void rememberReport(long id, java.time.Instant madeAt) {
    }

    /** When the latest report of the assessment was written, if one was and the library remembers it. */
    default Optional<java.time.Instant> lastReport(long id) {
        return Optional.empty();
    }

    /** Moves the assessment to the bin; {@link #restore(long)} brings it back (undo). */
    void delete(long id);

    void restore(long id);

    /** The database file. */
    Path location();

    @Override
    void close();
}
