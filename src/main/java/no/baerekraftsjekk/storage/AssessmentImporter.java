package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.format.ReadResult;

/**
 * Brings {@code .bkj} files into the library, the same way from the window and the command line.
 * A file marked complete keeps that status only if the rules say it is ready; otherwise it is
 * stored as a draft, with a warning that lists why.
 */
public final class AssessmentImporter {
    private final AssessmentLibrary library;
    private final AssessmentAnalyzer analyzer;
    private final BkjReader reader;

    public AssessmentImporter(AssessmentLibrary library, AssessmentAnalyzer analyzer, BkjReader reader) {
        this.library = library;
        this.analyzer = analyzer;
        this.reader = reader;
    }

    public ImportOutcome importFile(Path file) {
        ReadResult read;
        try {
            read = reader.read(file);
        } catch (InvalidAssessmentFileException e) {
            return new ImportOutcome(file, OptionalLong.empty(), List.of(), e.problems(), e.errorCount());
        }
        return store(file, read);
    }

    /** Stores an assessment already read (an example shipped with the program, for instance). */
    public ImportOutcome store(Path source, ReadResult read) {
        List<String> warnings = new ArrayList<>(read.warnings());
        Assessment assessment = withAllowedStatus(read.assessment(), warnings);
        try {
            long id = library.create(assessment).id();
            return new ImportOutcome(source, OptionalLong.of(id), warnings, List.of());
        } catch (LibraryException e) {
            // One file the library could not take must not hide what became of the others.
            return new ImportOutcome(source, OptionalLong.empty(), warnings, List.of(new FileProblem("", e.getMessage())));
        }
    }

    private Assessment withAllowedStatus(Assessment assessment, List<String> warnings) {
        if (assessment.status() != Status.COMPLETE) {
            return assessment;
        }
        Analysis analysis = analyzer.analyse(assessment);
        if (analysis.readyToComplete()) {
            return assessment;
        }
        List<String> reasons = analysis.blocking().stream().map(BlockingReason::message).toList();
        warnings.add(Messages.get("import.warning.notReady", String.join(" ", reasons)));
        return assessment.withStatus(Status.DRAFT);
    }
}
