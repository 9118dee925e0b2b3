package no.baerekraftsjekk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.usecase.ExportReport;

/**
 * {@code export} with more than one source: many reports into one folder in one process, so a
 * council archiving a year's cases pays for starting the program once, not once a report. Each
 * report is made and written before the next source is read, so memory does not grow with the
 * number of reports. A source that cannot be used is said on standard error and the others are
 * still made; two sources with the same suggested file name get "(2)", "(3)" … rather than one
 * report overwriting another made in the same run.
 */
final class BatchExport {
    private final CliContext context;
    private final Texts texts;
    /** One for the whole batch: its report writers are made once and serve every report. */
    private final ExportReport exporter;
    private final Set<String> namesUsed = new HashSet<>();
    private AssessmentLibrary library;

    BatchExport(CliContext context) {
        this.context = context;
        this.texts = context.texts();
        // Every report of a batch in one language: the council's, else the command line's.
        Texts reportTexts = context.profile().reportLanguage().map(Texts::of).orElse(texts);
        this.exporter = ExportReport.standard(context.analyzer(), ReferenceTexts.load(reportTexts.language()), reportTexts,
                context.profile());
    }

    /**
     * @return {@link ExitCode#OK} when every report was made; {@link ExitCode#INVALID_INPUT} when a
     *     source was an invalid file or neither a file nor an id; else {@link ExitCode#FAILED} when
     *     a report could not be read from the library or written
     */
    int run(List<String> sources, ReportFormat format, Path folder, Path database) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            context.err().println(texts.get("cli.batch.outNotFolder", folder));
            return ExitCode.INVALID_INPUT;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            context.err().println(texts.get("cli.batch.folderFailed", folder, texts.explain(e)));
            return ExitCode.FAILED;
        }
        int invalid = 0;
        int failed = 0;
        try {
            for (String source : sources) {
                switch (exportOne(source, format, folder, database)) {
                    case ExitCode.OK -> { }
                    case ExitCode.INVALID_INPUT -> invalid++;
                    default -> failed++;
                }
            }
        } finally {
            if (library != null) {
                library.close();
            }
        }
        if (invalid + failed > 0) {
            context.err().println(texts.get("cli.batch.notAll", invalid + failed, sources.size(), folder));
        }
        return invalid > 0 ? ExitCode.INVALID_INPUT : failed > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private int exportOne(String source, ReportFormat format, Path folder, Path database) {
        Optional<Assessment> assessment;
        Path file = Path.of(source);
        if (Files.isRegularFile(file)) {
            try {
                assessment = Optional.of(context.reader().read(file).assessment());
            } catch (InvalidAssessmentFileException e) {
                context.err().println(texts.get("cli.export.invalid", file));
                e.problems().forEach(p -> context.err().println("  " + texts.format(p.located())));
                return ExitCode.INVALID_INPUT;
            }
        } else if (source.matches("\\d{1,18}")) {
            if (library == null) {
                library = context.openLibrary(database);
            }
            assessment = library.find(Long.parseLong(source)).map(StoredAssessment::assessment);
            if (assessment.isEmpty()) {
                context.err().println(texts.get("library.error.notFound", source));
                return ExitCode.FAILED;
            }
        } else {
            context.err().println(texts.get("cli.export.noSource", source));
            return ExitCode.INVALID_INPUT;
        }
        Path target = folder.resolve(unusedName(exporter.suggestedName(assessment.get(), format), format));
        try {
            exporter.export(assessment.get(), format, target);
            context.out().println(target);
            return ExitCode.OK;
        } catch (FileWriteException e) {
            context.err().println(texts.explain(e));
            return ExitCode.FAILED;
        }
    }

    /** The suggested name, or "name (2).pdf" and so on when this run has used it (compared as Windows does, ignoring case). */
    String unusedName(String suggested, ReportFormat format) {
        String extension = "." + format.extension();
        String stem = suggested.substring(0, suggested.length() - extension.length());
        String name = suggested;
        for (int n = 2; !namesUsed.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + " (" + n + ")" + extension;
        }
        return name;
    }
}
