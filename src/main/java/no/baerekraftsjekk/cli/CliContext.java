package no.baerekraftsjekk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.LibraryRecovery;

/**
 * What the commands share, handed to each by constructor: the streams, the texts in the command line's
 * language, the rules, how to open a library, and the council's profile (local goals, letterhead,
 * template and report language for the reports).
 */
record CliContext(
        PrintWriter out,
        PrintWriter err,
        Texts texts,
        BkjReader reader,
        AssessmentAnalyzer analyzer,
        Path defaultDatabase,
        Function<Path, AssessmentLibrary> libraryOpener,
        CouncilProfile profile) {

    /** Without a council profile: the built-in defaults. */
    CliContext(PrintWriter out, PrintWriter err, Texts texts, BkjReader reader, AssessmentAnalyzer analyzer,
            Path defaultDatabase, Function<Path, AssessmentLibrary> libraryOpener) {
        this(out, err, texts, reader, analyzer, defaultDatabase, libraryOpener, CouncilProfile.builtIn());
    }

    /** Opens the library in use: the one given with --db or the default, or the one a recovery put in its place. */
    AssessmentLibrary openLibrary(Path explicit) {
        return libraryOpener.apply(recovery(explicit).current());
    }

    LibraryRecovery recovery(Path explicit) {
        return new LibraryRecovery(explicit != null ? explicit : defaultDatabase);
    }
}
