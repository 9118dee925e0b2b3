package no.baerekraftsjekk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.baerekraftsjekk.storage.LibraryBackups.Backup;
import no.baerekraftsjekk.storage.LibraryRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore [BACKUP] [--list]}: lists the backups, or brings back the newest or the named one.
 * The library must not be open in the window meanwhile; the restore refuses if it is.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SIKKERHETSKOPI", descriptionKey = "cli.restore.backup")
    String backupName;

    @Option(names = "--list", descriptionKey = "cli.restore.list")
    boolean list;

    @Mixin
    LibraryOption library;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LibraryRecovery recovery = context.recovery(library.database);
        List<Backup> backups = recovery.backups();
        Path folder = recovery.current().resolveSibling(no.baerekraftsjekk.storage.LibraryBackups.FOLDER);
        if (list) {
            for (Backup backup : backups) {
                context.out().println(String.join("\t", backup.file().getFileName().toString(),
                        TAKEN.format(backup.taken()), Long.toString(backup.size())));
            }
            return ExitCode.OK;
        }
        Optional<Backup> chosen = backupName == null ? backups.stream().findFirst() : named(backups, backupName);
        if (chosen.isEmpty()) {
            context.err().println(backupName == null
                    ? context.texts().get("cli.restore.none", folder)
                    : context.texts().get("cli.restore.notFound", backupName, folder));
            return ExitCode.FAILED;
        }
        Path before = recovery.current();
        Path now = recovery.restore(chosen.get());
        context.out().println(now.equals(before)
                ? context.texts().get("cli.restore.done", now, chosen.get().file())
                : context.texts().get("cli.restore.doneBeside", now, chosen.get().file(), before));
        return ExitCode.OK;
    }

    /** A backup by its file name from {@code --list}, or by a path to one of the listed files. */
    private static Optional<Backup> named(List<Backup> backups, String name) {
        Path asPath = Path.of(name);
        return backups.stream()
                .filter(b -> b.file().getFileName().toString().equals(name)
                        || (Files.exists(asPath) && b.file().toAbsolutePath().equals(asPath.toAbsolutePath())))
                .findFirst();
    }
}
