package no.baerekraftsjekk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every library command takes. */
final class LibraryOption {
    @Option(names = "--db", paramLabel = "STI", descriptionKey = "cli.option.db")
    Path database;
}
