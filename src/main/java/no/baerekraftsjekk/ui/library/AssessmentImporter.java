package no.baerekraftsjekk.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.format.ReadResult;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * Brings {@code .bkj} files into the library. A file is stored whole or not at all; a file that
 * claims to be complete but is not sound by the rules comes in as a draft, so the library never
 * holds a "complete" assessment that could not have been completed in the program.
 * Runs on a background thread.
 */
final class AssessmentImporter {
    /** How many problems of a refused file are shown; the rest are counted. */
    static final int PROBLEMS_SHOWN = 3;

    private final AssessmentLibrary library;
    private final AssessmentAnalyzer analyzer;
    private final BkjReader reader;

    AssessmentImporter(AssessmentLibrary library, AssessmentAnalyzer analyzer, BkjReader reader) {
        this.library = Objects.requireNonNull(library);
        this.analyzer = Objects.requireNonNull(analyzer);
        this.reader = Objects.requireNonNull(reader);
    }

    /** What came of importing several files. */
    record Result(List<StoredAssessment> imported, List<String> rejected, List<String> warnings) {
        Result {
            imported = List.copyOf(imported);
            rejected = List.copyOf(rejected);
            warnings = List.copyOf(warnings);
        }

        String summary() {
            return Messages.get("library.import.summary", imported.size(), rejected.size());
        }
    }

    Result importFiles(List<Path> files) {
        List<StoredAssessment> imported = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            try {
                ReadResult read = reader.read(file);
                imported.add(store(read.assessment(), name, warnings));
            } catch (InvalidAssessmentFileException e) {
                rejected.add(describeRejection(name, e.problems()));
            }
        }
        return new Result(imported, rejected, warnings);
    }

    /** Stores an example shipped with the program; an example that fails to read is a bug, not user error. */
    StoredAssessment importExample(byte[] bytes, String name) throws InvalidAssessmentFileException {
        List<String> ignored = new ArrayList<>();
        return store(reader.read(bytes).assessment(), name, ignored);
    }

    private StoredAssessment store(Assessment assessment, String fileName, List<String> warnings) {
        Assessment toStore = assessment;
        if (assessment.status() == Status.COMPLETE && !analyzer.analyse(assessment).readyToComplete()) {
            toStore = assessment.withStatus(Status.DRAFT);
            warnings.add(Messages.get("library.import.notReady", fileName));
        }
        return library.create(toStore);
    }

    static String describeRejection(String fileName, List<FileProblem> problems) {
        StringBuilder text = new StringBuilder(Messages.get("library.import.rejected", fileName));
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> text.append("\n  • ").append(p));
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append("\n  ").append(Messages.get("library.import.moreProblems", problems.size() - PROBLEMS_SHOWN));
        }
        return text.toString();
    }
}
