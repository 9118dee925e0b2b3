package no.baerekraftsjekk.domain.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Writes a file so that it is either wholly replaced or left as it was: the content goes to a
 * temporary file in the same folder, is flushed to disk, and is then moved over the target. A
 * failure anywhere removes the temporary file and says in Norwegian what went wrong and where.
 */
public final class SafeFileWriter {

    /** The content, written to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Our temporary names: a dot, the target's name, a random hex number, {@code .tmp}. */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");
    /** A temporary file this old is no write in progress any more. */
    static final long LEFTOVER_AGE_SECONDS = 600;
    /** Temporary files being written now: removed if the program is told to stop (SIGTERM, logout). */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(SafeFileWriter::deleteQuietly), "remove-temporary-files"));
    }

    private SafeFileWriter() {
    }

    public static void write(Path target, Content content) throws FileWriteException {
        write(target, content, false);
    }

    /**
     * Like {@link #write(Path, Content)}. A file that is there keeps its permissions (and, where
     * allowed, its owner): a report the caseworker made private stays private. A new file follows
     * the umask, unless {@code confidential} (a case exempt from public access): then it is readable
     * by its owner only, from its first byte. A symbolic link is written through: the file it points
     * to is replaced and the link stays. A device, pipe or socket is never written.
     */
    public static void write(Path target, Content content, boolean confidential) throws FileWriteException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileWriteException(target, Message.of("file.write.noFolder", folder), null);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileWriteException(target, Message.of("file.write.isFolder", absolute), null);
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new FileWriteException(target, Message.of("file.write.notRegular", absolute), null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new FileWriteException(target, Message.of("file.write.readOnly", absolute), null);
        }
        removeLeftovers(folder, absolute.getFileName().toString());
        Path temporary = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stick to every finished report.
            temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            PENDING.add(temporary);
            FileAttribute<?>[] attributes = confidential ? PrivateFiles.fileAttribute(temporary) : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes);
                    OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel))) {
                // The content may close the stream it is given (OpenPDF does); closing is ours to do.
                content.writeTo(new java.io.FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            keepAttributesOf(absolute, temporary, confidential);
            move(temporary, absolute);
            PENDING.remove(temporary);
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new FileWriteException(target, Message.of("file.write.denied", absolute), e);
        } catch (NoSuchFileException e) {
            throw new FileWriteException(target, Message.of("file.write.noFolder", folder), e);
        } catch (FileSystemException e) {
            throw new FileWriteException(target, describe(absolute, e), e);
        } catch (IOException | RuntimeException e) {
            throw new FileWriteException(target, describe(absolute, e), e);
        } finally {
            deleteQuietly(temporary);
            if (temporary != null) {
                PENDING.remove(temporary);
            }
        }
    }

    /** The file at the end of a chain of symbolic links (a dangling link: where it points). */
    static Path throughLinks(Path path) {
        Path current = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException e) {
                return current;
            }
        }
        return current;
    }

    /**
     * The replaced file's permissions and owner go to its successor; a confidential report is made
     * private even when the file it replaces was not.
     */
    private static void keepAttributesOf(Path existing, Path temporary, boolean confidential) {
        PosixFileAttributeView old = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (old == null || fresh == null || !Files.exists(existing)) {
            return;
        }
        try {
            PosixFileAttributes was = old.readAttributes();
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(was.permissions());
            if (confidential) {
                permissions.retainAll(PrivateFiles.FILE);
            }
            fresh.setPermissions(permissions);
            if (!was.owner().equals(fresh.readAttributes().owner())) {
                try {
                    fresh.setOwner(was.owner());
                    fresh.setGroup(was.group());
                } catch (IOException e) {
                    // Only root may give a file away; the permissions are kept all the same.
                }
            }
        } catch (IOException e) {
            // The content is what matters; the new file keeps the umask's permissions.
        }
    }

    /**
     * Hidden temporary files of earlier writes to the same name that were killed before they could
     * clean up after themselves; old enough that no other export is still writing them.
     */
    private static void removeLeftovers(Path folder, String name) {
        java.time.Instant old = java.time.Instant.now().minusSeconds(LEFTOVER_AGE_SECONDS);
        try (java.nio.file.DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                entry -> LEFTOVER.matcher(entry.getFileName().toString()).matches()
                        && entry.getFileName().toString().startsWith("." + name + "."))) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(old)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy; the write itself does not depend on it.
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Message describe(Path target, Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("No space left") || detail.contains("not enough space") || detail.contains("disk is full")) {
            return Message.of("file.write.diskFull", target);
        }
        // EPERM (an immutable folder or file), EROFS (a read-only disk) and Windows' words for them
        // are no AccessDeniedException in Java, but mean the same to the caseworker.
        if (detail.contains("Operation not permitted") || detail.contains("Read-only file system")
                || detail.contains("Permission denied") || detail.contains("Access is denied")) {
            return Message.of("file.write.denied", target);
        }
        if (detail.contains("being used by another process") || detail.contains("locked")) {
            return Message.of("file.write.locked", target);
        }
        return Message.of("file.write.failed", target, detail);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: the temporary file is hidden and harmless, the target is intact.
        }
    }
}
