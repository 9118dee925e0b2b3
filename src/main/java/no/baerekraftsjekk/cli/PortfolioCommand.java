package no.baerekraftsjekk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.report.portfolio.PortfolioExporter;
import no.baerekraftsjekk.report.portfolio.PortfolioFormat;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.usecase.LoadPortfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code portfolio [--from DATE] [--to DATE] [--unit NAME]... [--committee NAME]... [--case-type TYPE]...
 * [--status STATUS]... [--interval quarter|year] [--language nb|nn|en] --format xlsx|docx|pdf --out PATH}: what
 * the library's cases together do to the goals, as a worksheet, Word or PDF/A, with a section on the council's
 * own goals when its profile has any. Each filter option may be repeated: any of its values will do, and the
 * different options must all hold. Prints the file written.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true)
final class PortfolioCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--from", paramLabel = "DATO", descriptionKey = "cli.portfolio.from", converter = DateConverter.class)
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATO", descriptionKey = "cli.portfolio.to", converter = DateConverter.class)
    LocalDate to;

    @Option(names = "--unit", paramLabel = "ENHET", descriptionKey = "cli.portfolio.unit")
    List<String> units = new ArrayList<>();

    @Option(names = "--committee", paramLabel = "UTVALG", descriptionKey = "cli.portfolio.committee")
    List<String> committees = new ArrayList<>();

    @Option(names = "--case-type", paramLabel = "TYPE", descriptionKey = "cli.portfolio.caseType", converter = CaseTypeConverter.class)
    List<CaseType> caseTypes = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.portfolio.status", converter = StageConverter.class)
    List<Stage> stages = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "quarter|year", descriptionKey = "cli.portfolio.interval", converter = IntervalConverter.class)
    TrendInterval interval = TrendInterval.QUARTER;

    @Option(names = "--format", required = true, paramLabel = "xlsx|docx|pdf", descriptionKey = "cli.portfolio.format",
            converter = FormatConverter.class)
    PortfolioFormat format;

    @Option(names = "--out", required = true, paramLabel = "STI", descriptionKey = "cli.export.out")
    Path out;

    @Option(names = "--language", paramLabel = "nb|nn|en", descriptionKey = "cli.portfolio.language",
            converter = ExportCommand.LanguageConverter.class)
    Language language;

    @Mixin
    LibraryOption library;

    PortfolioCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PortfolioFilter filter = new PortfolioFilter(from, to, Set.copyOf(units), Set.copyOf(committees),
                caseTypes.isEmpty() ? Set.of() : EnumSet.copyOf(caseTypes), stages.isEmpty() ? Set.of() : EnumSet.copyOf(stages));
        if (filter.periodReversed()) {
            context.err().println(context.texts().get("cli.portfolio.reversed", from, to));
            return ExitCode.INVALID_INPUT;
        }
        List<PortfolioEntry> entries;
        try (AssessmentLibrary opened = context.openLibrary(library.database)) {
            entries = new LoadPortfolio(opened, context.analyzer(), ZoneId.systemDefault()).entries();
        }
        Portfolio portfolio = new PortfolioCalculator().calculate(entries, filter, interval);
        Path target = Files.isDirectory(out) ? out.resolve(PortfolioExporter.suggestName(portfolio, format)) : out;
        try {
            // The report's language: the one asked for, else the council's (its profile), else the command line's.
            Texts reportTexts = Texts.of(language != null ? language
                    : context.profile().reportLanguage().orElse(context.texts().language()));
            new PortfolioExporter(reportTexts, context.profile().localGoals()).export(portfolio, format, target);
        } catch (FileWriteException e) {
            context.err().println(e.getMessage());
            return ExitCode.FAILED;
        }
        context.out().println(target);
        context.err().println(context.texts().get("cli.portfolio.done", portfolio.cases(), portfolio.exempt()));
        return ExitCode.OK;
    }

    /** A converter whose refusal is a sentence in the command line's language; {@link Cli}'s factory hands it the texts. */
    abstract static class SpeakingConverter<T> implements ITypeConverter<T> {
        Texts texts;
    }

    static Object converter(Class<?> type, Texts texts) throws ReflectiveOperationException {
        SpeakingConverter<?> converter = (SpeakingConverter<?>) type.getDeclaredConstructor().newInstance();
        converter.texts = texts;
        return converter;
    }

    static final class DateConverter extends SpeakingConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(texts.get("cli.portfolio.badDate", value));
            }
        }
    }

    static final class CaseTypeConverter extends SpeakingConverter<CaseType> {
        @Override
        public CaseType convert(String value) {
            for (CaseType type : CaseType.values()) {
                if (type.name().equalsIgnoreCase(value.strip().replace('-', '_'))) {
                    return type;
                }
            }
            throw new TypeConversionException(texts.get("cli.portfolio.badCaseType", value));
        }
    }

    static final class StageConverter extends SpeakingConverter<Stage> {
        @Override
        public Stage convert(String value) {
            for (Stage stage : Stage.values()) {
                if (stage.name().equalsIgnoreCase(value.strip())) {
                    return stage;
                }
            }
            throw new TypeConversionException(texts.get("cli.portfolio.badStatus", value));
        }
    }

    static final class IntervalConverter extends SpeakingConverter<TrendInterval> {
        @Override
        public TrendInterval convert(String value) {
            for (TrendInterval interval : TrendInterval.values()) {
                if (interval.name().equalsIgnoreCase(value.strip())) {
                    return interval;
                }
            }
            throw new TypeConversionException(texts.get("cli.portfolio.badInterval", value));
        }
    }

    static final class FormatConverter extends SpeakingConverter<PortfolioFormat> {
        @Override
        public PortfolioFormat convert(String value) {
            for (PortfolioFormat format : PortfolioFormat.values()) {
                if (format.extension().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new TypeConversionException(texts.get("cli.portfolio.badFormat", value));
        }
    }
}
