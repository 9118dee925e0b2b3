package no.baerekraftsjekk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.usecase.ExportAssessmentFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export-bkj ID --out FILE [--format-version 1|2]}: writes a stored assessment as a .bkj
 * file, safely. Version 1 is refused, with exit code 1 and nothing written, when the assessment
 * holds what version 1 cannot express: the command could not do what was asked, though nothing
 * the caller gave was wrong.
 */
@Command(name = "export-bkj", mixinStandardHelpOptions = true)
final class ExportBkjCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.exportBkj.id")
    long id;

    @Option(names = "--out", required = true, paramLabel = "FIL", descriptionKey = "cli.exportBkj.out",
            converter = OutputTarget.Converter.class)
    Path out;

    @Option(names = "--format-version", paramLabel = "1|2", descriptionKey = "cli.exportBkj.formatVersion")
    String formatVersion = Integer.toString(BkjReader.CURRENT_VERSION);

    @Mixin
    LibraryOption library;

    ExportBkjCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int version = switch (formatVersion) {
            case "1" -> 1;
            case "2" -> 2;
            default -> 0;
        };
        if (version == 0) {
            context.err().println(context.texts().get("cli.exportBkj.badFormatVersion", formatVersion));
            context.err().println(context.texts().get("cli.error.seeHelp", "baerekraftsjekk export-bkj"));
            return ExitCode.INVALID_INPUT;
        }
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
            var exported = new ExportAssessmentFile(opened, context.texts())
                    .export(id, found.get().assessment().caseInfo().title(), out, version);
            exported.leftOut().forEach(m -> context.err().println(context.texts().format(m)));
            return ExitCode.OK;
        } catch (ExportAssessmentFile.VersionRefused e) {
            context.err().println(context.texts().explain(e));
            return ExitCode.FAILED;
        } catch (FileWriteException e) {
            context.err().println(context.texts().explain(e));
            return ExitCode.FAILED;
        }
    }
}
