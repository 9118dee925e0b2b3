package no.baerekraftsjekk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.ImportOutcome;
import no.baerekraftsjekk.usecase.ImportAssessments;
import no.baerekraftsjekk.usecase.ImportAssessments.Decision;
import no.baerekraftsjekk.usecase.ImportAssessments.DuplicateChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE... [--on-duplicate update|copy]}: stores each valid file and prints its id; an
 * invalid file is refused whole. A file whose assessment is already in the library (same {@code id})
 * is refused too unless {@code --on-duplicate} says what to do: a script must never make a copy or
 * overwrite an assessment without having asked for it.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FIL", descriptionKey = "cli.import.files")
    List<Path> files;

    @Option(names = "--on-duplicate", paramLabel = "update|copy", descriptionKey = "cli.import.onDuplicate")
    String onDuplicate;

    @Mixin
    LibraryOption library;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Decision decision = null;
        if (onDuplicate != null) {
            decision = switch (onDuplicate) {
                case "update" -> Decision.UPDATE_EXISTING;
                case "copy" -> Decision.KEEP_BOTH;
                default -> null;
            };
            if (decision == null) {
                context.err().println(context.texts().get("cli.import.badOnDuplicate", onDuplicate));
                context.err().println(context.texts().get("cli.error.seeHelp", "baerekraftsjekk import"));
                return ExitCode.INVALID_INPUT;
            }
        }
        int refused = 0;
        boolean[] duplicateRefused = {false};
        DuplicateChoice choice = decision != null ? DuplicateChoice.always(decision) : duplicate -> {
            duplicateRefused[0] = true;
            return Decision.SKIP;
        };
        try (AssessmentLibrary opened = context.openLibrary(library.database)) {
            ImportAssessments importer = new ImportAssessments(opened, context.analyzer(), context.reader());
            for (Path file : files) {
                ImportOutcome outcome = importer.importFile(file, choice);
                outcome.warnings().forEach(w -> context.err().println(context.texts().get("cli.import.warning", file, w)));
                if (outcome.imported()) {
                    context.out().println(outcome.id().getAsLong());
                } else {
                    refused++;
                    context.err().println(context.texts().get("cli.import.refused", file));
                    outcome.problems().forEach(p -> context.err().println("  " + context.texts().format(p.located())));
                }
            }
        }
        if (duplicateRefused[0]) {
            context.err().println(context.texts().get("cli.import.duplicateHint"));
        }
        return refused == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
