package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings {@code .bkj} files into the library, the same way from the window and the command line.
 * A file marked complete keeps that status only if the rules say it is ready; otherwise it is
 * stored as a draft, with a warning that lists why.
 */
public final class AssessmentImporter {
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentImporter.class);

    private final AssessmentLibrary library;
    private final AssessmentAnalyzer analyzer;
    private final BkjReader reader;

    public AssessmentImporter(AssessmentLibrary library, AssessmentAnalyzer analyzer, BkjReader reader) {
        this.library = library;
        this.analyzer = analyzer;
        this.reader = reader;
    }

    /**
     * Imports the file as a new assessment, also when it was imported before (the command line's
     * import does what it says), and remembers it, so that opening it later opens this assessment.
     */
    public ImportOutcome importFile(Path file) {
        return importFile(file, FileFingerprint.of(file));
    }

    /**
     * For a file opened from the file manager: the assessment it was imported into or exported
     * from before, if it is still in the library (edited since or not); else a new import.
     */
    public ImportOutcome openOrImport(Path file) {
        Optional<String> fingerprint = FileFingerprint.of(file);
        OptionalLong known = fingerprint.map(library::findByFile).orElse(OptionalLong.empty());
        if (known.isPresent()) {
            return ImportOutcome.alreadyThere(file, known.getAsLong());
        }
        return importFile(file, fingerprint);
    }

    /** Remembers an exported file, so that opening it later opens its assessment. */
    public void rememberFile(Path file, long id) {
        remember(FileFingerprint.of(file), file, id);
    }

    private ImportOutcome importFile(Path file, Optional<String> fingerprint) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (InvalidAssessmentFileException e) {
            return ImportOutcome.refused(file, e.problems(), e.errorCount());
        }
        ImportOutcome outcome = store(file, read);
        outcome.id().ifPresent(id -> remember(fingerprint, file, id));
        return outcome;
    }

    /** Not being remembered costs only a copy the next time the file is opened: logged, not shown. */
    private void remember(Optional<String> fingerprint, Path file, long id) {
        try {
            fingerprint.ifPresent(sha256 -> library.rememberFile(id, sha256));
        } catch (LibraryException e) {
            LOG.warn("Could not remember {} as the file of assessment {}", file, id, e);
        }
    }

    /** Stores an assessment already read (an example shipped with the program, for instance). */
    public ImportOutcome store(Path source, ReadResult read) {
        List<Message> warnings = new ArrayList<>(read.warnings());
        Assessment assessment = withAllowedStatus(read.assessment(), warnings);
        try {
            long id = library.create(assessment).id();
            return new ImportOutcome(source, OptionalLong.of(id), warnings, List.of());
        } catch (LibraryUnavailableException e) {
            // Locked, full or read-only: the library's fault, not the file's, and every file after this
            // one would meet it too (a lock after a wait each). It ends the batch (exit 1).
            throw e;
        } catch (LibraryException e) {
            // One file the library could not take must not hide what became of the others.
            return new ImportOutcome(source, OptionalLong.empty(), warnings, List.of(new FileProblem("", e.explanation())));
        }
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
        return assessment.withStatus(Status.DRAFT);
    }
}
