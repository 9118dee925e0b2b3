package no.baerekraftsjekk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.domain.text.Explained;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.SafeFileWriter;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilSchema;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.usecase.CopyToCouncil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code server}: what IT does with the council library on PostgreSQL. */
@Command(name = "server", mixinStandardHelpOptions = true, subcommandsRepeatable = false)
final class ServerCommand implements Callable<Integer> {
    private final CliContext context;

    ServerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(context.texts().get("cli.server.which"));
        return ExitCode.INVALID_INPUT;
    }

    /** {@code server init}: creates or upgrades the schema; can write the connection file for the users. */
    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        @Option(names = "--write-config", paramLabel = "FIL", descriptionKey = "cli.server.writeConfig")
        Path writeConfig;

        Init(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CouncilConnector connector = council.connector(context.texts());
            CouncilSchema.Upgrade upgrade = CouncilSchema.migrate(connector);
            String where = connector.server().describe();
            if (upgrade.before() == 0) {
                context.out().println(context.texts().get("cli.server.created", where, upgrade.after()));
            } else if (upgrade.before() < upgrade.after()) {
                context.out().println(context.texts().get("cli.server.upgraded", where, upgrade.before(), upgrade.after()));
            } else {
                context.out().println(context.texts().get("cli.server.current", where, upgrade.after()));
            }
            if (writeConfig != null) {
                writeConnectionFile(connector.server(), writeConfig, context.texts());
                context.out().println(context.texts().get("cli.server.wroteConfig", writeConfig));
            }
            return ExitCode.OK;
        }

        private static void writeConnectionFile(CouncilServer server, Path file, Texts texts) {
            StringBuilder text = new StringBuilder(texts.get("cli.server.configComment")).append('\n');
            text.append("url=").append(server.url().replace("\\", "\\\\")).append('\n');
            server.settings().forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                SafeFileWriter.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (FileWriteException e) {
                throw new LibraryException(((Explained) e).explanation(), e);
            } catch (IOException e) {
                throw new LibraryException(Message.of("library.error.detail", String.valueOf(e.getMessage())), e);
            }
        }
    }

    /** {@code server import-library}: copies every assessment of a local library into the council library. */
    @Command(name = "import-library", mixinStandardHelpOptions = true)
    static final class ImportLibrary implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        CouncilOption council;

        @Option(names = "--from", paramLabel = "FIL", required = true, descriptionKey = "cli.server.from")
        Path from;

        ImportLibrary(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(from)) {
                context.err().println(context.texts().get("cli.server.noLibrary", from));
                return ExitCode.INVALID_INPUT;
            }
            // A copy, so the caseworker's own file is neither migrated nor backed up by this command.
            Path scratch = Files.createTempDirectory("bibliotek-kopi");
            try {
                Path copy = scratch.resolve("bibliotek.sqlite");
                Files.copy(from, copy);
                Path wal = from.resolveSibling(from.getFileName() + "-wal");
                if (Files.exists(wal)) {
                    Files.copy(wal, scratch.resolve("bibliotek.sqlite-wal"));
                }
                return copyAll(copy);
            } finally {
                deleteQuietly(scratch);
            }
        }

        private int copyAll(Path localFile) {
            int copied = 0;
            int renumbered = 0;
            int already = 0;
            try (SqliteLibrary local = SqliteLibrary.open(localFile);
                    PostgresLibrary target = PostgresLibrary.open(council.connector(context.texts()))) {
                CopyToCouncil copier = new CopyToCouncil(target);
                for (AssessmentSummary row : local.list()) {
                    StoredAssessment stored = local.find(row.id()).orElseThrow();
                    CopyToCouncil.Copied result = copier.copy(stored);
                    switch (result.outcome()) {
                        case COPIED -> copied++;
                        case COPIED_NEW_ID -> {
                            renumbered++;
                            context.out().println(context.texts().get("cli.server.renumbered", row.title(), result.localId(), result.councilId()));
                        }
                        case ALREADY_THERE -> already++;
                    }
                }
                context.out().println(context.texts().get("cli.server.imported", copied + renumbered, renumbered, already, target.describe()));
            }
            return ExitCode.OK;
        }

        private static void deleteQuietly(Path folder) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary copy left behind is harmless.
            }
        }
    }
}
