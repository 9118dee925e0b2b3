package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.Assessment;

/**
 * One of two programs working on the same library at once: it saves its own assessment and the
 * shared one in turn, {@code count} times each, and prints {@code ACK <version>} after each pair.
 * A save of the shared one that the other program got in before is refused; like a caseworker who
 * reloads, it reads the stored version and saves again. It prints {@code REFUSED <n>} at the end.
 */
public final class TwinWriter {
    private TwinWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long own = Long.parseLong(args[1]);
        long shared = Long.parseLong(args[2]);
        String name = args[3];
        int count = Integer.parseInt(args[4]);
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            StoredAssessment found = library.find(own).orElseThrow();
            Assessment base = found.assessment();
            long ownVersion = found.version();
            int refused = 0;
            // Like an open editor, it saves over the version it last saw, not the one stored now.
            long sharedVersion = library.find(shared).orElseThrow().version();
            for (int version = 1; version <= count; version++) {
                ownVersion = library.save(own, ownVersion, base.withConclusion(name + " " + version)).version();
                while (true) {
                    try {
                        sharedVersion = library.save(shared, sharedVersion, base.withConclusion(name + " " + version)).version();
                        break;
                    } catch (StaleSaveException e) {
                        refused++;
                        sharedVersion = library.find(shared).orElseThrow().version();
                    }
                }
                System.out.println("ACK " + version);
                System.out.flush();
            }
            System.out.println("REFUSED " + refused);
        }
    }
}
