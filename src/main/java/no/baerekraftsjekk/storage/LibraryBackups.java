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
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.format.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(LibraryBackups.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A temporary file this old is no copy in progress any more. */
    static final long LEFTOVER_AGE_SECONDS = 600;

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
        return backUp(db, Set.of());
    }

    /**
     * Takes a backup and prunes, never pruning the backup just taken nor those in {@code spared}.
     * Its time stamp is the clock's, or just after the newest backup when that one is dated later (a
     * clock once set ahead): the names then still sort in the order the backups were taken, which is
     * what pruning and "the newest" go by.
     */
    Backup backUp(Connection db, Set<Path> spared) {
        Path temporary = null;
        try {
            PrivateFiles.createFolder(folder);
            Instant now = clock.instant();
            Instant stamp = ownBackups().stream().map(Backup::taken).filter(now::isBefore).findFirst()
                    .map(newest -> newest.plusMillis(1)).orElse(now);
            Path target = uniqueName(stamp);
            // A random name: two programs starting at once must not write into each other's copy.
            temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (PreparedStatement vacuum = db.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temporary.toString());
                vacuum.executeUpdate();
            }
            PrivateFiles.restrict(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveAtomically(temporary, target);
            temporary = null;
            Set<Path> keep = new HashSet<>(spared);
            keep.add(target);
            prune(keep);
            return new Backup(target, stamp, sizeOf(target));
        } catch (IOException | SQLException e) {
            if (LibraryLockedException.isLock(e)) {
                throw LibraryInspection.locked(library, e);
            }
            LOG.warn("Backup of {} failed", library, e);
            throw new LibraryException(Message.of("library.backup.failed", library, folder, LibraryMessages.detail(e)), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * The backup of the day: taken when this library has none from today (local time) yet. A backup
     * dated in the future (the clock was once set ahead) does not count as today's, unless the file
     * itself was written today.
     */
    Optional<Backup> backUpIfNoneToday(Connection db) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        boolean hasToday = ownBackups().stream().anyMatch(b -> LocalDate.ofInstant(b.taken(), zone).equals(today)
                || LocalDate.ofInstant(modified(b.file()), zone).equals(today));
        return hasToday ? Optional.empty() : Optional.of(backUp(db));
    }

    /**
     * Replaces the library by a backup. No connection may be open on it (close the window first).
     * Nothing changes when the restore is refused: the backup is checked and the library's lock is
     * tried first. Then the backup is copied beside the library (so no pruning can take it), the
     * library as it is now is backed up itself (so a restore can be undone by another), and the copy
     * is moved over the library in one atomic step. A library that is a symbolic link is replaced
     * where the link points, so the link and its target never part.
     */
    public void restore(Backup backup) {
        LibraryInspection.checkBackup(backup.file());
        Path target = LibraryFiles.realTarget(library);
        refuseIfInUse(target);
        LibraryInspection.Result current = LibraryInspection.inspect(target);
        Path copy = copyBeside(backup.file(), target);
        try {
            if (!current.isNew()) {
                try (Connection db = SqliteLibrary.connectionSettings().createConnection("jdbc:sqlite:" + target)) {
                    backUp(db, Set.of(backup.file().toAbsolutePath()));
                } catch (SQLException e) {
                    throw new LibraryException(Message.of("library.backup.failed", library, folder, LibraryMessages.detail(e)), e);
                }
            }
            replace(copy, target, backup.file());
            copy = null;
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * A WAL beside the library means a program has it open (or crashed with it open; its next start
     * tidies that up). A library held by another program's lock is refused the same way.
     */
    private static void refuseIfInUse(Path target) {
        if (Files.exists(Path.of(target + "-wal"))) {
            throw new LibraryException(Message.of("library.restore.inUse", target));
        }
    }

    /**
     * Copies a backup to {@code target} so that the target is either the whole backup or as it was.
     * A WAL left beside the target would be replayed into the copied file, so the copy is refused
     * while one exists: then another program still has the library open.
     */
    static void copyInto(Path backup, Path target) {
        LibraryInspection.checkBackup(backup);
        Path real = LibraryFiles.realTarget(target);
        refuseIfInUse(real);
        Path copy = copyBeside(backup, real);
        try {
            replace(copy, real, backup);
            copy = null;
        } finally {
            deleteQuietly(copy);
        }
    }

    private static Path copyBeside(Path backup, Path target) {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".gjenoppretting.tmp");
        try {
            Files.copy(backup, temporary);
            PrivateFiles.restrict(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return temporary;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new LibraryException(Message.of("library.restore.failed", backup, target, LibraryMessages.detail(e)), e);
        }
    }

    private static void replace(Path copy, Path target, Path backup) {
        if (Files.exists(Path.of(target + "-wal"))) {
            throw new LibraryException(Message.of("library.restore.inUse", target));
        }
        try {
            Files.deleteIfExists(Path.of(target + "-shm"));
            moveAtomically(copy, target);
        } catch (IOException e) {
            throw new LibraryException(Message.of("library.restore.failed", backup, target, LibraryMessages.detail(e)), e);
        }
    }

    /**
     * Keeps the newest {@value #KEEP} backups of this library (and those in {@code keep}), and
     * removes leftovers of interrupted backups once they are old enough not to be another start's
     * copy in progress.
     */
    private void prune(Set<Path> keep) throws IOException {
        List<Backup> own = ownBackups();
        for (Backup old : own.subList(Math.min(KEEP, own.size()), own.size())) {
            if (!keep.contains(old.file().toAbsolutePath())) {
                Files.deleteIfExists(old.file());
            }
        }
        removeLeftovers(folder);
    }

    /** Hidden temporary files of backups and restores that were killed or ran out of disk. */
    static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant old = Instant.now().minusSeconds(LEFTOVER_AGE_SECONDS);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path leftover : leftovers) {
                if (modified(leftover).isBefore(old)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not tidy {}", folder, e);
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

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A hidden leftover; the next backup removes it.
        }
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
