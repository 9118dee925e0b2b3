package no.baerekraftsjekk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.storage.council.ProgramFolder;
import picocli.CommandLine.Option;

/**
 * Which council library a {@code server} command works on: {@code --url}, a connection file with
 * {@code --config}, or else the connection file in the data folder or beside the program.
 */
final class CouncilOption {
    @Option(names = "--url", paramLabel = "JDBC-URL", descriptionKey = "cli.council.url")
    String url;

    @Option(names = "--config", paramLabel = "FIL", descriptionKey = "cli.council.config")
    Path config;

    CouncilServer server() {
        if (url != null) {
            return CouncilServer.ofUrl(url);
        }
        if (config != null) {
            return CouncilServer.read(config);
        }
        Path found = CouncilServer.find(DataFolder.resolve(), ProgramFolder.find())
                .orElseThrow(() -> new LibraryException(Message.of("cli.council.none", CouncilServer.FILE_NAME)));
        return CouncilServer.read(found);
    }

    /**
     * Connects, lets the work use the council library, and closes the connection again: the one way
     * every {@code server} command does it. A refusal or a failure is a {@link LibraryException},
     * which the command line says in one line (and exits 1).
     */
    <T> T withLibrary(Texts texts, Function<PostgresLibrary, T> work) {
        try (PostgresLibrary library = PostgresLibrary.open(connector(texts))) {
            return work.apply(library);
        }
    }

    /** Asks for a password on the terminal only when the server wants one; it is kept nowhere. */
    CouncilConnector connector(Texts texts) {
        CouncilServer server = server();
        return new CouncilConnector(server, () -> {
            Console console = System.console();
            return console == null ? Optional.empty()
                    : Optional.ofNullable(console.readPassword(texts.get("cli.council.password", server.describe())));
        });
    }
}
