package no.baerekraftsjekk.domain.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file or folder unwritable for this process. As a normal user, permissions do it. As root
 * (these tests run as root here and on CI) permissions do not stop a write, which is detected with
 * {@link Files#isWritable} after the chmod; then the immutable attribute ({@code chattr +i}) does,
 * which stops root too. Where neither works (no permission to set attributes), the test is skipped.
 */
final class ReadOnlyFiles implements AutoCloseable {
    private final Path path;
    private final boolean immutable;

    private ReadOnlyFiles(Path path, boolean immutable) {
        this.path = path;
        this.immutable = immutable;
    }

    static ReadOnlyFiles make(Path path) throws Exception {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if (!Files.isWritable(path)) {
            return new ReadOnlyFiles(path, false);
        }
        boolean set = chattr("+i", path);
        Assumptions.assumeTrue(set && !Files.isWritable(path), "running as root and chattr +i is not allowed here");
        return new ReadOnlyFiles(path, true);
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            chattr("-i", path);
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process chattr = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            return chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0;
        } catch (IOException e) {
            return false; // no chattr on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
