package no.baerekraftsjekk.storage;

import java.nio.file.Path;

/** A program that opens (so, the first time, creates) the library at {@code args[0]} and lists it; {@link FirstStartKillTest} kills it. */
public final class FirstStarter {
    private FirstStarter() {
    }

    public static void main(String[] args) {
        System.out.println("READY");
        System.out.flush();
        try (SqliteLibrary library = SqliteLibrary.open(Path.of(args[0]))) {
            System.out.println("OPEN " + library.list().size());
        }
    }
}
