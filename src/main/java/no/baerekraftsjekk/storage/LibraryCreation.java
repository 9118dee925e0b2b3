package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.format.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start of a library, made so that it cannot be caught half-done. The schema is made in a
 * hidden file beside the library and put in place whole: by a hard link, which fails if a second
 * start got there first (then that one's library is used and ours dropped), or by an atomic move
 * over a file that holds nothing yet. A start killed at any moment leaves either no library, an
 * untouched empty one, or a complete one, plus at most a hidden leftover that a later start removes.
 */
final class LibraryCreation {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryCreation.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX = ".ny.tmp";

    private LibraryCreation() {
    }

    static void create(Path library) {
        Path target = LibraryFiles.realTarget(library);
        removeLeftovers(target);
        Path fresh = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + SUFFIX);
        try {
            Files.createFile(fresh, PrivateFiles.fileAttribute(fresh));
            Migrations.apply(fresh);
            settle(fresh);
            publish(fresh, target);
        } catch (IOException | SQLException e) {
            LOG.warn("Could not create the library {}", target, e);
            throw new LibraryException(Message.of("library.error.create", target, LibraryMessages.detail(e)), e);
        } finally {
            deleteQuietly(fresh);
            deleteQuietly(Path.of(fresh + "-wal"));
            deleteQuietly(Path.of(fresh + "-shm"));
        }
    }

    /** Everything into the main file, the WAL emptied and gone, and on disk, before anyone may see it. */
    private static void settle(Path fresh) throws SQLException, IOException {
        try (Connection db = SqliteLibrary.connectionSettings().createConnection("jdbc:sqlite:" + fresh);
                Statement checkpoint = db.createStatement()) {
            checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Path wal = Path.of(fresh + "-wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            throw new IOException("WAL not checkpointed: " + wal);
        }
        try (FileChannel channel = FileChannel.open(fresh, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void publish(Path fresh, Path target) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.createLink(target, fresh);
                return;
            } catch (FileAlreadyExistsException e) {
                return; // another start made the library meanwhile: that one is used
            } catch (UnsupportedOperationException | IOException e) {
                LOG.debug("No hard link for {}; moving instead", target, e);
            }
            try {
                Files.move(fresh, target);
            } catch (FileAlreadyExistsException e) {
                // another start was first
            }
            return;
        }
        // The file is there but holds nothing (an empty file, or the schema table of a start killed
        // by an older version): nothing can be lost by putting the new library in its place.
        if (!LibraryInspection.inspect(target).isNew()) {
            return;
        }
        Files.deleteIfExists(Path.of(target + "-wal"));
        Files.deleteIfExists(Path.of(target + "-shm"));
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Hidden files of first starts that were killed; old enough that no start is still making them. */
    private static void removeLeftovers(Path target) {
        Instant old = Instant.now().minusSeconds(LibraryBackups.LEFTOVER_AGE_SECONDS);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(),
                "." + target.getFileName() + ".*" + SUFFIX + "*")) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(old)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not tidy beside {}", target, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden leftover, removed by a later start
        }
    }
}
