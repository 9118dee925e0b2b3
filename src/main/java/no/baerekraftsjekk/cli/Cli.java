package no.baerekraftsjekk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.MappingSource;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.SqliteLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: the same use cases as the window, for batch work, case systems and tests.
 * Texts come from the one bundle; expected errors are one Norwegian line on standard error, never a
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
        try {
            analyzer = MappingSource.in(DataFolder.resolve()).analyzer();
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return ExitCode.FAILED;
        }
        return run(args, System.out, System.err, analyzer, SqliteLibrary::open);
    }

    public static int run(String[] args, PrintStream out, PrintStream err, AssessmentAnalyzer analyzer,
            Function<Path, AssessmentLibrary> libraryOpener) {
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(outWriter, errWriter, new BkjReader(), analyzer, DataFolder.database(), libraryOpener);
        CommandLine commandLine = commandLine(context);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new Cli(context))
                .addSubcommand(new CheckCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new ExportBkjCommand(context))
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new RestoreCommand(context));
        commandLine.setResourceBundle(Messages.bundle());
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof LibraryException) {
                cmd.getErr().println(error.getMessage());
                return ExitCode.FAILED;
            }
            throw error;
        });
        commandLine.setParameterExceptionHandler(Cli::wrongUse);
        return commandLine;
    }

    private static int wrongUse(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String detail;
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            detail = Messages.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        } else if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            detail = Messages.get("cli.error.missing", missing.getMissing().get(0).paramLabel());
        } else if (e.getCause() instanceof TypeConversionException conversion) {
            detail = conversion.getMessage();
        } else {
            detail = Messages.get("cli.error.other", e.getMessage());
        }
        cmd.getErr().println(detail);
        cmd.getErr().println(Messages.get("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName()));
        return ExitCode.INVALID_INPUT;
    }
}
