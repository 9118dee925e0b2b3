package no.baerekraftsjekk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.analysis.CheckReport;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.domain.format.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check FILE}: the spec's JSON report on standard output; exit 0 valid, 2 invalid or unreadable. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FIL", descriptionKey = "cli.check.file")
    Path file;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try {
            ReadResult read = context.reader().read(file);
            var assessment = read.assessment();
            if (assessment.hasAlternatives()) {
                var analysis = context.analyzer().analyseCase(assessment);
                print(CheckReport.ofCase(assessment, analysis, read.warnings(), context.texts()));
            } else {
                var analysis = context.analyzer().analyse(assessment);
                print(CheckReport.of(assessment, analysis, read.warnings(), context.texts()));
            }
            return ExitCode.OK;
        } catch (InvalidAssessmentFileException e) {
            ObjectNode report = JSON.createObjectNode();
            report.put("valid", false);
            ArrayNode errors = report.putArray("errors");
            for (FileProblem problem : e.problems()) {
                errors.addObject().put("path", problem.path()).put("message", context.texts().format(problem.message()));
            }
            print(report);
            context.err().println(context.texts().get(e.reason() == InvalidAssessmentFileException.Reason.UNREADABLE
                    ? "cli.check.unreadable" : "cli.check.invalid", file, e.errorCount(), e.problems().get(0).located()));
            return ExitCode.INVALID_INPUT;
        }
    }

    private void print(ObjectNode report) throws Exception {
        context.out().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        context.out().flush();
    }
}
