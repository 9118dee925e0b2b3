package no.baerekraftsjekk.usecase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.format.ReadResult;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.FileFingerprint;
import no.baerekraftsjekk.storage.ImportOutcome;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.LibraryUnavailableException;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * Brings {@code .bkj} files into the library, the same way from the window and the command line.
 * A file marked complete keeps that status only if the rules say it is ready; otherwise it is
 * stored as a draft, with a warning that lists why. A file whose {@code id} is already in the
 * library is never silently copied: the {@link DuplicateChoice} decides whether it updates that
 * assessment, is kept beside it under a new id, or is left out.
 */
public final class ImportAssessments {
    private final AssessmentLibrary library;
    private final AssessmentAnalyzer analyzer;
    private final BkjReader reader;

    public ImportAssessments(AssessmentLibrary library, AssessmentAnalyzer analyzer, BkjReader reader) {
        this.library = Objects.requireNonNull(library);
        this.analyzer = Objects.requireNonNull(analyzer);
        this.reader = Objects.requireNonNull(reader);
    }

    /** What to do with a file whose assessment (by its {@code id}) is already in the library. */
    public enum Decision {
        /** Replace the stored assessment with the file's content; it keeps its place and its id. */
        UPDATE_EXISTING,
        /** Store the file as a new assessment beside it, under a new id. */
        KEEP_BOTH,
        /** Store nothing of the file. */
        SKIP
    }

    /**
     * Asked once for each file whose assessment is already in the library. Called on the thread that
     * imports (a background thread in the window), and may wait there for the caseworker's answer.
     */
    @FunctionalInterface
    public interface DuplicateChoice {
        Decision decide(Duplicate duplicate);

        /** The same answer every time, as the command line's {@code --on-duplicate} gives it. */
        static DuplicateChoice always(Decision decision) {
            return duplicate -> decision;
        }
    }

    /**
     * A file whose assessment is already in the library.
     *
     * @param existingId the library id of the assessment with the same identity
     * @param existingTitle its title as stored, so the question can name both
     */
    public record Duplicate(Path file, Assessment incoming, long existingId, String existingTitle) {
    }

    /** Imports each file in turn; one refused file does not stop the others. */
    public List<ImportOutcome> importFiles(List<Path> files, DuplicateChoice choice) {
        return files.stream().map(file -> importFile(file, choice)).toList();
    }

    /**
     * Imports the file, also when the same file was imported before (the command line's import does
     * what it says), and remembers it, so that opening it later opens this assessment.
     */
    public ImportOutcome importFile(Path file, DuplicateChoice choice) {
        return importFile(file, FileFingerprint.of(file), choice);
    }

    /**
     * For a file opened from the file manager: the assessment it was imported into or exported
     * from before, if it is still in the library (edited since or not); else an import, which asks
     * {@code choice} when the file's assessment is in the library under another file.
     */
    public ImportOutcome openOrImport(Path file, DuplicateChoice choice) {
        Optional<String> fingerprint = FileFingerprint.of(file);
        OptionalLong known = fingerprint.map(library::findByFile).orElse(OptionalLong.empty());
        if (known.isPresent()) {
            return new ImportOutcome(file, known, List.of(), List.of(), 0, true);
        }
        return importFile(file, fingerprint, choice);
    }

    /** Remembers an exported file, so that opening it later opens its assessment. */
    public void rememberFile(Path file, long id) {
        KnownFiles.remember(library, FileFingerprint.of(file), file, id);
    }

    private ImportOutcome importFile(Path file, Optional<String> fingerprint, DuplicateChoice choice) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (InvalidAssessmentFileException e) {
            return ImportOutcome.refused(file, e.problems(), e.errorCount());
        }
        ImportOutcome outcome = store(file, read, choice);
        outcome.id().ifPresent(id -> KnownFiles.remember(library, fingerprint, file, id));
        return outcome;
    }

    /**
     * Stores an assessment already read (an example shipped with the program, for instance),
     * asking {@code choice} when its identity is already in the library.
     */
    public ImportOutcome store(Path source, ReadResult read, DuplicateChoice choice) {
        List<Message> warnings = new ArrayList<>(read.warnings());
        Assessment assessment = withAllowedStatus(read.assessment(), warnings);
        try {
            OptionalLong existing = assessment.id() == null ? OptionalLong.empty() : library.findByAssessmentId(assessment.id());
            if (existing.isEmpty()) {
                return stored(source, library.create(assessment), warnings);
            }
            long existingId = existing.getAsLong();
            StoredAssessment current = library.find(existingId).orElse(null);
            if (current == null) {
                // Deleted between the two questions: nothing to update, nothing to ask about.
                return stored(source, library.create(assessment), warnings);
            }
            Duplicate duplicate = new Duplicate(source, assessment, existingId, current.assessment().caseInfo().title());
            return switch (choice.decide(duplicate)) {
                case UPDATE_EXISTING -> {
                    warnings.add(Message.of("usecase.import.updated", Long.toString(existingId)));
                    // From the version just read: an edit saved meanwhile is refused, not overwritten.
                    // The file format cannot hold dismissed hints or the note on small conflicts: keep the library's.
                    Assessment updated = assessment.withDismissedHints(current.assessment().dismissedHints())
                            .withMinorConflictsNote(current.assessment().minorConflictsNote());
                    yield stored(source, library.save(existingId, current.version(), updated), warnings);
                }
                case KEEP_BOTH -> {
                    warnings.add(Message.of("usecase.import.copied"));
                    yield stored(source, library.create(assessment.withId(UUID.randomUUID())), warnings);
                }
                case SKIP -> new ImportOutcome(source, OptionalLong.empty(), warnings, List.of(new FileProblem("",
                        Message.of("usecase.import.duplicate.skipped", Long.toString(existingId), duplicate.existingTitle()))), 1, false);
            };
        } catch (LibraryUnavailableException e) {
            // Locked, full or read-only: the library's fault, not the file's, and every file after this
            // one would meet it too (a lock after a wait each). It ends the batch (exit 1).
            throw e;
        } catch (LibraryException e) {
            // One file the library could not take must not hide what became of the others.
            return new ImportOutcome(source, OptionalLong.empty(), warnings, List.of(new FileProblem("", e.explanation())));
        }
    }

    private static ImportOutcome stored(Path source, StoredAssessment stored, List<Message> warnings) {
        return new ImportOutcome(source, OptionalLong.of(stored.id()), warnings, List.of());
    }

    private Assessment withAllowedStatus(Assessment assessment, List<Message> warnings) {
        if (assessment.status() != Status.COMPLETE) {
            return assessment;
        }
        Analysis analysis = analyzer.analyse(assessment);
        if (analysis.readyToComplete()) {
            return assessment;
        }
        List<Message> reasons = analysis.blocking().stream().map(BlockingReason::message).toList();
        warnings.add(Message.of("import.warning.notReady", new Message.Joined(reasons, " ")));
        if (assessment.review() != null && assessment.review().isApproved()) {
            warnings.add(Message.of("usecase.import.approvalWithdrawn"));
        }
        return assessment.withStatus(Status.DRAFT);
    }
}
