package no.baerekraftsjekk.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list}: one tab-separated line per assessment: id, case number, title, status, changed. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CliContext context;

    @Mixin
    LibraryOption library;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (AssessmentLibrary opened = context.openLibrary(library.database)) {
            for (AssessmentSummary row : opened.list()) {
                context.out().println(String.join("\t", Long.toString(row.id()), oneLine(row.caseNumber()),
                        oneLine(row.title()), row.status().name(), CHANGED.format(row.changed())));
            }
        }
        return ExitCode.OK;
    }

    /**
     * One line, and nothing a terminal would act on: control characters (escape sequences among
     * them) and format characters (a right-to-left override) from a title are left out.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replaceAll("[\\t\\r\\n]+", " ").codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
