package no.baerekraftsjekk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportFileName;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.report.ReportVariant;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.usecase.ExportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export FILE-or-ID --format docx|pdf --out PATH [--language nb|nn|en]}: the report of a .bkj file or of an
 * assessment in the library. When PATH is a folder, the suggested file name is used inside it.
 * With several sources, {@link BatchExport} makes them all into the folder PATH.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FIL-ELLER-ID", descriptionKey = "cli.export.source")
    String source;

    /** More sources make it a batch: every report into the folder --out names (see {@link BatchExport}). */
    @Parameters(index = "1..*", paramLabel = "FLERE", descriptionKey = "cli.batch.more")
    List<String> more;

    @Option(names = "--format", required = true, paramLabel = "docx|pdf", descriptionKey = "cli.export.format",
            converter = ReportFormatConverter.class)
    ReportFormat format;

    @Option(names = "--variant", paramLabel = "kort|full", descriptionKey = "cli.export.variant",
            converter = ReportVariantConverter.class, defaultValue = "full")
    ReportVariant variant;

    @Option(names = "--out", required = true, paramLabel = "STI", descriptionKey = "cli.export.out",
            converter = OutputTarget.Converter.class)
    Path out;

    @Option(names = "--language", paramLabel = "nb|nn|en", descriptionKey = "cli.export.language",
            converter = LanguageConverter.class)
    Language language;

    @Mixin
    LibraryOption library;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (more != null && !more.isEmpty()) {
            return new BatchExport(context).run(Stream.concat(Stream.of(source), more.stream()).toList(), format, out, library.database);
        }
        Optional<Assessment> assessment;
        Path file = Path.of(source);
        if (Files.isRegularFile(file)) {
            try {
                assessment = Optional.of(context.reader().read(file).assessment());
            } catch (InvalidAssessmentFileException e) {
                context.err().println(context.texts().get("cli.export.invalid", file));
                e.problems().forEach(p -> context.err().println("  " + context.texts().format(p.located())));
                return ExitCode.INVALID_INPUT;
            }
        } else if (source.matches("\\d{1,18}")) {
            try (AssessmentLibrary opened = context.openLibrary(library.database)) {
                assessment = opened.find(Long.parseLong(source)).map(StoredAssessment::assessment);
            }
            if (assessment.isEmpty()) {
                context.err().println(context.texts().get("library.error.notFound", source));
                return ExitCode.FAILED;
            }
        } else {
            context.err().println(context.texts().get("cli.export.noSource", source));
            return ExitCode.INVALID_INPUT;
        }
        // The report's language: the one asked for, else the council's (its profile), else the one the
        // assessment is written in.
        Texts reportTexts = Texts.of(language != null ? language
                : context.profile().reportLanguage().orElse(assessment.get().language()));
        Path target = Files.isDirectory(out) ? out.resolve(ReportFileName.suggest(assessment.get().caseInfo(), format, reportTexts)) : out;
        var refusal = OutputTarget.refusal(target, context.recovery(library.database), Files.isRegularFile(file) ? file : null);
        if (refusal.isPresent()) {
            context.err().println(context.texts().format(refusal.get()));
            return ExitCode.FAILED;
        }
        try {
            Path written = ExportReport.standard(context.analyzer(), ReferenceTexts.load(reportTexts.language()),
                    reportTexts, context.profile()).export(assessment.get(), format, variant, out);
            context.out().println(written);
            return ExitCode.OK;
        } catch (FileWriteException e) {
            context.err().println(context.texts().explain(e));
            return ExitCode.FAILED;
        }
    }

    /** Accepts nb, nn and en in any case, with a message in the command line's language for anything else. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        private final Texts texts;

        /** Made by {@link Cli}'s factory, which hands it the command line's texts. */
        LanguageConverter(Texts texts) {
            this.texts = texts;
        }

        @Override
        public Language convert(String value) {
            return Language.ofCode(value).orElseThrow(
                    () -> new picocli.CommandLine.TypeConversionException(texts.get("cli.export.badLanguage", value)));
        }
    }

    /** Accepts kort and full in any case, with a message in the command line's language for anything else. */
    static final class ReportVariantConverter implements picocli.CommandLine.ITypeConverter<ReportVariant> {
        private final Texts texts;

        /** Made by {@link Cli}'s factory, which hands it the command line's texts. */
        ReportVariantConverter(Texts texts) {
            this.texts = texts;
        }

        @Override
        public ReportVariant convert(String value) {
            return ReportVariant.fromCode(value).orElseThrow(
                    () -> new picocli.CommandLine.TypeConversionException(texts.get("cli.export.badVariant", value)));
        }
    }

    /** Accepts docx and pdf in any case, with a message in the command line's language for anything else. */
    static final class ReportFormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        private final Texts texts;

        /** Made by {@link Cli}'s factory, which hands it the command line's texts. */
        ReportFormatConverter(Texts texts) {
            this.texts = texts;
        }

        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat format : ReportFormat.values()) {
                if (format.extension().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(texts.get("cli.export.badFormat", value));
        }
    }
}
