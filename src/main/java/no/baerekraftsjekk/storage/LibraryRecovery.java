package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.SafeFileWriter;

/**
 * Which library file is in use, and the way out when it cannot be opened.
 *
 * <p>The design is "never touch a file we cannot read": a damaged, foreign or newer library stays
 * exactly where and as it is (for IT, a newer program version, or a later restore). The way out
 * opens a new file beside it, {@code bibliotek-2.sqlite}, {@code bibliotek-3.sqlite} …, either
 * empty or filled from a backup, and remembers it in a one-line text file
 * {@code bibliotek.sqlite.i-bruk} next to the home library. Every start asks {@link #current()}.
 * When the library in use can be opened, a restore replaces it in place (after backing it up).
 */
public final class LibraryRecovery {
    static final String POINTER_SUFFIX = ".i-bruk";

    private final Path home;

    /** @param home the library file the program uses when nothing else is remembered ({@link DataFolder#database()}) */
    public LibraryRecovery(Path home) {
        this.home = home.toAbsolutePath();
    }

    /** The library the program uses when no recovery has put another in its place. */
    public Path home() {
        return home;
    }

    /** The library file in use: the one remembered after a recovery, else the home library. */
    public Path current() {
        Path pointer = pointer();
        if (!Files.isRegularFile(pointer)) {
            return home;
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            // Only a plain file name in the same folder: the pointer can never lead elsewhere.
            if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
                return home;
            }
            return home.resolveSibling(name);
        } catch (IOException e) {
            return home;
        }
    }

    /** Backups of every library in this folder, the newest first. */
    public List<LibraryBackups.Backup> backups() {
        return LibraryBackups.of(current()).list();
    }

    /**
     * Starts a new, empty library beside the one in use and remembers it. The old file is not
     * touched. Returns the new file; open it with {@link SqliteLibrary#open(Path)}.
     */
    public Path startNewLibrary() {
        Path fresh = nextFreeFile();
        remember(fresh);
        return fresh;
    }

    /**
     * Brings back a backup. When the library in use can be opened, it is backed up and replaced in
     * place; when it cannot, the backup becomes a new library beside it, which is remembered, and
     * the unusable file is left as it is. Returns the library file now in use.
     */
    public Path restore(LibraryBackups.Backup backup) {
        refuseIfBroken(backup);
        Path inUse = current();
        try {
            LibraryInspection.inspect(LibraryFiles.realTarget(inUse));
        } catch (LibraryUnusableException unusable) {
            Path fresh = nextFreeFile();
            LibraryBackups.copyInto(backup.file(), fresh);
            remember(fresh);
            return fresh;
        }
        new LibraryBackups(inUse, java.time.Clock.systemUTC()).restore(backup);
        return inUse;
    }

    /** A backup that does not pass the check replaces nothing; the message names the newest one that does. */
    private void refuseIfBroken(LibraryBackups.Backup backup) {
        try {
            LibraryInspection.checkBackup(backup.file());
        } catch (LibraryUnusableException broken) {
            Optional<LibraryBackups.Backup> good = backups().stream()
                    .filter(b -> !b.file().equals(backup.file()))
                    .filter(LibraryRecovery::passesCheck)
                    .findFirst();
            String name = backup.file().getFileName().toString();
            throw new LibraryException(good.isPresent()
                    ? Message.of("library.restore.brokenBackup", name, broken.whatIsWrong(), good.get().file().getFileName())
                    : Message.of("library.restore.brokenBackupNoOther", name, broken.whatIsWrong()), broken);
        }
    }

    private static boolean passesCheck(LibraryBackups.Backup backup) {
        try {
            LibraryInspection.checkBackup(backup.file());
            return true;
        } catch (LibraryException e) {
            return false;
        }
    }

    private Path nextFreeFile() {
        String stem = LibraryBackups.stem(home);
        for (int n = 2; ; n++) {
            Path candidate = home.resolveSibling(stem + "-" + n + ".sqlite");
            if (!Files.exists(candidate) && !Files.exists(Path.of(candidate + "-wal"))) {
                return candidate;
            }
        }
    }

    private void remember(Path library) {
        Path pointer = pointer();
        byte[] name = (library.getFileName() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(home.getParent());
            SafeFileWriter.write(pointer, out -> out.write(name));
        } catch (IOException | FileWriteException e) {
            throw new LibraryException(Message.of("library.recovery.rememberFailed", pointer, e.getMessage()), e);
        }
    }

    private Path pointer() {
        return home.resolveSibling(home.getFileName() + POINTER_SUFFIX);
    }
}
