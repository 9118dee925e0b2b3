package no.baerekraftsjekk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.usecase.CouncilProfileInUse;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.SqliteLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: the same use cases as the window, for batch work, case systems and tests.
 * Texts come from the text service, in bokmål; expected errors are one line on standard error, never a
 * stack trace.
 */
@Command(name = "baerekraftsjekk", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        usageHelpAutoWidth = true)
public final class Cli {
    private final CliContext context;

    Cli(CliContext context) {
        this.context = context;
    }

    /**
     * Runs one command with the real library and streams; returns the exit code. The rules use the
     * organisation's dimension mapping from the data folder when it has one.
     */
    public static int run(String[] args) {
        AssessmentAnalyzer analyzer;
        ProfileSource profile = CouncilProfileInUse.find(DataFolder.resolve());
        if (profile.isBroken() && needsMapping(args)) {
            // Said, then the built-in defaults: a broken profile must not stop the caseworker's work.
            Texts texts = Texts.of(Language.BASE);
            new PrintWriter(System.err, true, StandardCharsets.UTF_8).println(texts.explain(profile.problem().get()));
        }
        try {
            analyzer = CouncilProfileInUse.analyzer(profile, DataFolder.resolve());
        } catch (IOException e) {
            if (needsMapping(args)) {
                Texts texts = Texts.of(Language.BASE);
                new PrintWriter(System.err, true, StandardCharsets.UTF_8).println(texts.get("cli.mapping.broken", texts.explain(e)));
                return ExitCode.FAILED;
            }
            // Help, version, list, restore and export-bkj group no goals: a broken mapping must not
            // keep the caseworker from reading the help or restoring a backup.
            analyzer = AssessmentAnalyzer.standard();
        }
        return run(args, System.out, System.err, analyzer, SqliteLibrary::open, profile.profile());
    }

    /** Whether the command asked for groups the goals into dimensions (check, import, export). */
    static boolean needsMapping(String[] args) {
        for (String arg : args) {
            if (List.of("--help", "-h", "--version", "-V").contains(arg)) {
                return false;
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return List.of("check", "import", "export").contains(arg);
            }
        }
        return false;
    }

    public static int run(String[] args, PrintStream out, PrintStream err, AssessmentAnalyzer analyzer,
            Function<Path, AssessmentLibrary> libraryOpener) {
        return run(args, out, err, analyzer, libraryOpener, CouncilProfile.builtIn());
    }

    /** @param profile the council's profile, for the reports: local goals, letterhead, template, language */
    public static int run(String[] args, PrintStream out, PrintStream err, AssessmentAnalyzer analyzer,
            Function<Path, AssessmentLibrary> libraryOpener, CouncilProfile profile) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        // check's JSON and every message stay bokmål, as the spec's examples show.
        Texts texts = Texts.of(Language.BASE);
        CliContext context = new CliContext(outWriter, errWriter, texts, new BkjReader(), analyzer, DataFolder.database(),
                libraryOpener, profile);
        CommandLine commandLine = commandLine(context, args);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * The command line for {@code args}: when they start with a command's name, only that command is
     * made. Picocli reads every command's annotations by reflection when it is added, in class
     * files the JVM cannot keep in its AOT cache (picocli's are Java 5 ones): making them all cost
     * a one-report process about 80 ms of processor time. Anything else (no command, help,
     * version, a misspelt name) gets them all, so the help and picocli's suggestions still list
     * every command.
     */
    static CommandLine commandLine(CliContext context, String[] args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", () -> new CheckCommand(context));
        commands.put("import", () -> new ImportCommand(context));
        commands.put("export", () -> new ExportCommand(context));
        commands.put("export-bkj", () -> new ExportBkjCommand(context));
        commands.put("list", () -> new ListCommand(context));
        commands.put("restore", () -> new RestoreCommand(context));
        commands.put("portfolio", () -> new PortfolioCommand(context));
        commands.put("profile", () -> new ProfileCommand(context));
        commands.put("server", () -> new CommandLine(new ServerCommand(context))
                .addSubcommand(new ServerCommand.Init(context))
                .addSubcommand(new ServerCommand.ImportLibrary(context))
                .addSubcommand(new CommandLine(new ServerUserCommand(context))
                        .addSubcommand(new ServerUserCommand.Add(context))
                        .addSubcommand(new ServerUserCommand.SetRole(context))
                        .addSubcommand(new ServerUserCommand.Remove(context))
                        .addSubcommand(new ServerUserCommand.ListUsers(context)))
                .addSubcommand(new CommandLine(new ServerProfileCommand(context))
                        .addSubcommand(new ServerProfileCommand.Put(context))
                        .addSubcommand(new ServerProfileCommand.Show(context))
                        .addSubcommand(new ServerProfileCommand.Remove(context)))
                .addSubcommand(new ServerAuditCommand(context)));
        CommandLine commandLine = new CommandLine(new Cli(context), factory(context.texts()));
        Supplier<Object> asked = args.length > 0 ? commands.get(args[0]) : null;
        if (asked != null) {
            commandLine.addSubcommand(asked.get());
        } else {
            commands.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
        commandLine.setResourceBundle(context.texts().asResourceBundle());
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof LibraryException) {
                cmd.getErr().println(context.texts().explain(error));
                return ExitCode.FAILED;
            }
            throw error;
        });
        commandLine.setParameterExceptionHandler((e, unused) -> wrongUse(e, context.texts()));
        return commandLine;
    }

    /** Picocli's own factory, except that a converter that speaks gets the texts. */
    private static CommandLine.IFactory factory(Texts texts) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExportCommand.ReportFormatConverter.class) {
                    return type.cast(new ExportCommand.ReportFormatConverter(texts));
                }
                if (PortfolioCommand.SpeakingConverter.class.isAssignableFrom(type)) {
                    return type.cast(PortfolioCommand.converter(type, texts));
                }
                if (type == ExportCommand.ReportVariantConverter.class) {
                    return type.cast(new ExportCommand.ReportVariantConverter(texts));
                }
                if (type == ExportCommand.LanguageConverter.class) {
                    return type.cast(new ExportCommand.LanguageConverter(texts));
                }
                return standard.create(type);
            }
        };
    }

    /**
     * Our converters speak the user's language already; picocli's own ("'abc' is not a long") are put
     * in words here, naming the value and the option or parameter it was given for.
     */
    private static String ownWords(ParameterException e, TypeConversionException conversion, Texts texts) {
        ArgSpec spec = e.getArgSpec();
        if (spec == null || spec.converters().length > 0) {
            return conversion.getMessage();
        }
        String name = spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
        Class<?> type = spec.type();
        boolean whole = type == long.class || type == Long.class || type == int.class || type == Integer.class;
        return texts.get(whole ? "cli.error.notWholeNumber" : "cli.error.badValue", String.valueOf(e.getValue()), name);
    }

    private static int wrongUse(ParameterException e, Texts texts) {
        CommandLine cmd = e.getCommandLine();
        String detail;
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            detail = texts.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        } else if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            detail = texts.get("cli.error.missing", missing.getMissing().get(0).paramLabel());
        } else if (e.getCause() instanceof TypeConversionException conversion) {
            detail = ownWords(e, conversion, texts);
        } else {
            detail = texts.get("cli.error.other", e.getMessage());
        }
        cmd.getErr().println(detail);
        cmd.getErr().println(texts.get("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName()));
        return ExitCode.INVALID_INPUT;
    }
}
