package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Copies of a library in {@code <its folder>/sikkerhetskopier/}: one before every migration that
 * changes the schema and one a day of use, the last {@value #KEEP} of each library kept. A copy is
 * made with SQLite's {@code VACUUM INTO}, which writes a consistent snapshot (the WAL included)
 * while the library stays open, into a temporary name that is moved into place only when complete,
 * so a half-written copy never looks like a backup.
 */
public final class LibraryBackups {
    public static final String FOLDER = "sikkerhetskopier";
    public static final int KEEP = 7;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6}-\\d{3})\\.sqlite");

    /** One backup: the file, when it was taken, and its size in bytes. */
    public record Backup(Path file, Instant taken, long size) {
    }

    private final Path library;
    private final Path folder;
    private final Clock clock;

    LibraryBackups(Path library, Clock clock) {
        this.library = library.toAbsolutePath();
        this.folder = this.library.getParent().resolve(FOLDER);
        this.clock = clock;
    }

    public static LibraryBackups of(Path library) {
        return new LibraryBackups(library, Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /** Every backup in the folder, of this library and of others beside it, the newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.sqlite")) {
            for (Path file : files) {
                taken(file).ifPresent(taken -> backups.add(new Backup(file, taken, sizeOf(file))));
            }
        } catch (IOException e) {
            throw new LibraryException(Message.of("library.backup.listFailed", folder, e.getMessage()), e);
        }
        backups.sort(Comparator.comparing(Backup::taken).reversed());
        return backups;
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /** Takes a backup through this open connection, then keeps only the last {@value #KEEP}. */
    Backup backUp(Connection db) {
        try {
            Files.createDirectories(folder);
            Instant now = clock.instant();
            Path target = uniqueName(now);
            Path temporary = folder.resolve("." + target.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            try (PreparedStatement vacuum = db.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.executeUpdate();
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveAtomically(temporary, target);
            prune();
            return new Backup(target, now, sizeOf(target));
        } catch (IOException | SQLException e) {
            throw new LibraryException(Message.of("library.backup.failed", library, folder, e.getMessage()), e);
        }
    }

    /** The backup of the day: taken when this library has none from today (local time) yet. */
    Optional<Backup> backUpIfNoneToday(Connection db) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        boolean hasToday = ownBackups().stream().anyMatch(b -> !LocalDate.ofInstant(b.taken(), zone).isBefore(today));
        return hasToday ? Optional.empty() : Optional.of(backUp(db));
    }

    /**
     * Replaces the library by a backup. No connection may be open on it (close the window first).
     * The library as it is now is first backed up itself, so a restore can be undone by another; then
     * the backup is copied beside the library and moved over it in one atomic step.
     */
    public void restore(Backup backup) {
        LibraryInspection.inspect(backup.file());
        LibraryInspection.Result current = LibraryInspection.inspect(library);
        if (!current.isNew()) {
            try (Connection db = SqliteLibrary.connectionSettings().createConnection("jdbc:sqlite:" + library)) {
                backUp(db);
            } catch (SQLException e) {
                throw new LibraryException(Message.of("library.backup.failed", library, folder, e.getMessage()), e);
            }
        }
        copyInto(backup.file(), library);
    }

    /**
     * Copies a backup to {@code target} so that the target is either the whole backup or as it was.
     * A WAL left beside the target would be replayed into the copied file, so the copy is refused
     * while one exists: then another program still has the library open.
     */
    static void copyInto(Path backup, Path target) {
        Path wal = Path.of(target + "-wal");
        if (Files.exists(wal)) {
            throw new LibraryException(Message.of("library.restore.inUse", target));
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".gjenoppretting.tmp");
        try {
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.deleteIfExists(Path.of(target + "-shm"));
            moveAtomically(temporary, target);
        } catch (IOException e) {
            throw new LibraryException(Message.of("library.restore.failed", backup, target, e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A hidden leftover; the library itself is whole either way.
            }
        }
    }

    /** Keeps the newest {@value #KEEP} backups of this library and removes leftovers of interrupted ones. */
    private void prune() throws IOException {
        List<Backup> own = ownBackups();
        for (Backup old : own.subList(Math.min(KEEP, own.size()), own.size())) {
            Files.deleteIfExists(old.file());
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private List<Backup> ownBackups() {
        String stem = stem(library);
        return list().stream().filter(b -> stem.equals(stemOfBackup(b.file()))).toList();
    }

    private Path uniqueName(Instant now) {
        Instant stamp = now;
        Path target;
        do {
            target = folder.resolve(stem(library) + "-" + STAMP.format(stamp) + ".sqlite");
            stamp = stamp.plusMillis(1);
        } while (Files.exists(target));
        return target;
    }

    private static Optional<Instant> taken(Path backup) {
        Matcher name = NAME.matcher(backup.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String stemOfBackup(Path backup) {
        Matcher name = NAME.matcher(backup.getFileName().toString());
        return name.matches() ? name.group(1) : "";
    }

    static String stem(Path library) {
        String name = library.getFileName().toString();
        return name.endsWith(".sqlite") ? name.substring(0, name.length() - ".sqlite".length()) : name;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
