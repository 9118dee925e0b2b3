package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.Assessment;

/**
 * One of two programs working on the same library at once: it saves its own assessment and the
 * shared one in turn, {@code count} times each, and prints {@code ACK <version>} after each pair.
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
            Assessment base = library.find(own).orElseThrow().assessment();
            for (int version = 1; version <= count; version++) {
                library.save(own, base.withConclusion(name + " " + version));
                library.save(shared, base.withConclusion(name + " " + version));
                System.out.println("ACK " + version);
                System.out.flush();
            }
        }
    }
}
