package no.baerekraftsjekk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.storage.AssessmentImporter;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-bkj ID --out FILE}: writes a stored assessment as a .bkj file, safely. */
@Command(name = "export-bkj", mixinStandardHelpOptions = true)
final class ExportBkjCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.exportBkj.id")
    long id;

    @Option(names = "--out", required = true, paramLabel = "FIL", descriptionKey = "cli.exportBkj.out",
            converter = OutputTarget.Converter.class)
    Path out;

    @Mixin
    LibraryOption library;

    ExportBkjCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var refusal = OutputTarget.refusal(out, context.recovery(library.database), null);
        if (refusal.isPresent()) {
            context.err().println(context.texts().format(refusal.get()));
            return ExitCode.FAILED;
        }
        try (AssessmentLibrary opened = context.openLibrary(library.database)) {
            var found = opened.find(id);
            if (found.isEmpty()) {
                context.err().println(context.texts().get("library.error.notFound", Long.toString(id)));
                return ExitCode.FAILED;
            }
            new BkjWriter(context.texts()).write(found.get().assessment(), out);
            // Opening the written file from the file manager then opens this assessment.
            new AssessmentImporter(opened, context.analyzer(), context.reader()).rememberFile(out, id);
            return ExitCode.OK;
        } catch (FileWriteException e) {
            context.err().println(context.texts().explain(e));
            return ExitCode.FAILED;
        }
    }
}
