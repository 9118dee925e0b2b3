package no.baerekraftsjekk.storage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;

/**
 * A program that edits one assessment through the autosave's path, {@code library.save(id, baseVersion, assessment)},
 * as fast as it can, each edit a new version number in the conclusion, and prints
 * {@code ACK <version> <nanotime>} after each save has returned. {@link CrashTest} kills it at random.
 */
public final class CrashVictim {
    static final String PREFIX = "versjon ";

    private CrashVictim() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (SqliteLibrary library = SqliteLibrary.open(Path.of(args[0]))) {
            List<AssessmentSummary> stored = library.list();
            long id = stored.isEmpty()
                    ? library.create(Fixtures.fullAssessment().withConclusion(PREFIX + 0)).id()
                    : stored.get(0).id();
            StoredAssessment found = library.find(id).orElseThrow();
            Assessment base = found.assessment();
            long storedVersion = found.version();
            long version = versionOf(base);
            out.println("READY " + version);
            out.flush();
            while (true) {
                version++;
                storedVersion = library.save(id, storedVersion, base.withConclusion(PREFIX + version)).version();
                out.println("ACK " + version + " " + System.nanoTime());
                out.flush();
            }
        }
    }

    static long versionOf(Assessment assessment) {
        return Long.parseLong(assessment.conclusion().substring(PREFIX.length()));
    }
}
