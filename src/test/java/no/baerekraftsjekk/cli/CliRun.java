package no.baerekraftsjekk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.storage.SqliteLibrary;

/** One run of the command line in the test's JVM, on SQLite libraries (and a council profile), with what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        return of(CouncilProfile.builtIn(), args);
    }

    static CliRun of(CouncilProfile profile, String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), AssessmentAnalyzer.standard(), SqliteLibrary::open, profile);
        return new CliRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
