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

    private SafeFileWriter() {
    }

    public static void write(Path target, Content content) throws FileWriteException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileWriteException(target, Message.of("file.write.noFolder", folder), null);
        }
        if (Files.isDirectory(absolute)) {
            throw new FileWriteException(target, Message.of("file.write.isFolder", absolute), null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new FileWriteException(target, Message.of("file.write.readOnly", absolute), null);
        }
        Path temporary = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stick to the finished report.
            temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
            move(temporary, absolute);
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
