package no.baerekraftsjekk.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryBackups;
import no.baerekraftsjekk.storage.LibraryRecovery;
import picocli.CommandLine.ITypeConverter;

/**
 * Where {@code --out} may write. An export goes through a temporary file and an atomic move, which
 * would happily put a report where the library, one of its backups or the very file being read was:
 * exit 0, and the caseworker's work gone. Those are refused, by the file they really are (through
 * symbolic links and {@code ..}), before anything is written.
 */
final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * A Norwegian refusal when {@code target} is the library in use (or its WAL, its shared memory or
     * its pointer), a file in its backup folder, or {@code source}; else empty.
     */
    static Optional<Message> refusal(Path target, LibraryRecovery recovery, Path source) {
        Path real = real(target);
        Path library = recovery.current();
        List<Path> protectedFiles = new ArrayList<>();
        for (Path home : List.of(library, recovery.home())) {
            protectedFiles.add(home);
            protectedFiles.add(Path.of(home + "-wal"));
            protectedFiles.add(Path.of(home + "-shm"));
            protectedFiles.add(Path.of(home + ".i-bruk"));
        }
        for (Path file : protectedFiles) {
            if (real.equals(real(file))) {
                return Optional.of(Message.of("cli.out.library", target, library));
            }
        }
        Path backups = real(library.resolveSibling(LibraryBackups.FOLDER));
        if (real.getParent() != null && real.getParent().equals(backups)) {
            return Optional.of(Message.of("cli.out.backup", target, backups));
        }
        if (source != null && real.equals(real(source))) {
            return Optional.of(Message.of("cli.out.source", target));
        }
        return Optional.empty();
    }

    /** The file a path names, links followed as far as they lead, even when the file itself does not exist yet. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            if (Files.isSymbolicLink(absolute)) {
                try {
                    return real(parent.resolve(Files.readSymbolicLink(absolute)));
                } catch (IOException notALink) {
                    return absolute;
                }
            }
            return real(parent).resolve(absolute.getFileName());
        }
    }

    /**
     * {@code --out newfolder/} for a folder that does not exist means a folder, not a file named
     * {@code newfolder}: the trailing separator is kept (as {@code newfolder/.}), so writing says the
     * folder is missing.
     */
    static final class Converter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            boolean folderMeant = value.endsWith("/") || value.endsWith(File.separator);
            return folderMeant && !Files.isDirectory(path) ? path.resolve(".") : path;
        }
    }
}
