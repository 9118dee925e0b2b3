package no.baerekraftsjekk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.storage.AssessmentImporter;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.ImportOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code import FILE...}: stores each valid file and prints its new id; an invalid file is refused whole. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FIL", descriptionKey = "cli.import.files")
    List<Path> files;

    @Mixin
    LibraryOption library;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int refused = 0;
        try (AssessmentLibrary opened = context.openLibrary(library.database)) {
            AssessmentImporter importer = new AssessmentImporter(opened, context.analyzer(), context.reader());
            for (Path file : files) {
                ImportOutcome outcome = importer.importFile(file);
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
        return refused == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
