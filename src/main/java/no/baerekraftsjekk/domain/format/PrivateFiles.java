package no.baerekraftsjekk.domain.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps files for the user's eyes only. The library, its backups and the log hold cases exempt from
 * public access, so on Linux and macOS they are 0600 in a 0700 folder whatever the umask says. On
 * Windows (no POSIX permissions) the user's profile folder is already private, so nothing is done.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Whether this file system has POSIX permissions at all. */
    public static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }

    /** The attribute that creates a file private from its first byte, or none where POSIX is unknown. */
    public static FileAttribute<?>[] fileAttribute(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates the folder (and its missing parents) private to the user; an existing folder is made private. */
    public static void createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            try {
                if (posix(absolute)) {
                    Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(absolute);
                }
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile by a second start: fine, it is made private below
            }
        }
        restrict(absolute, FOLDER);
    }

    /** Makes an existing file (or folder) readable by its owner only; quietly nothing where that cannot be said. */
    public static void restrict(Path path) {
        restrict(path, Files.isDirectory(path) ? FOLDER : FILE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || Files.isSymbolicLink(path)) {
            return;
        }
        try {
            if (!view.readAttributes().permissions().equals(permissions)) {
                view.setPermissions(permissions);
            }
        } catch (IOException e) {
            // Not ours to change (another owner): the folder around it is what keeps others out.
        }
    }
}
