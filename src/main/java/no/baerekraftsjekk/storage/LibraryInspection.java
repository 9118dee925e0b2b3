package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryUnusableException.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at a library file before anything may write to it: the header, the pages (quick_check),
 * the tables and the schema version, all through a read-only connection. Flyway is only let loose
 * on a file this has found to be our own library of a version we know (or a new, empty file), so a
 * foreign or damaged file is never "migrated" into something else.
 */
final class LibraryInspection {
    /** Address space only, not memory: the pages are those of the file. Beyond it SQLite reads as usual. */
    private static final long CHECK_MAP_BYTES = 1L << 30;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What the file holds: nothing yet (a new library), or our library at {@code schemaVersion}. */
    record Result(boolean isNew, int schemaVersion) {
        boolean needsMigration() {
            return schemaVersion < Migrations.LATEST_VERSION;
        }
    }

    private LibraryInspection() {
    }

    static Result inspect(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return new Result(true, 0);
            }
        } catch (IOException e) {
            throw unusable(Problem.UNREADABLE, file, "library.unusable.unreadable", e, detail(e));
        }
        checkHeader(file);
        try (Connection db = readOnlySettings().createConnection(readOnlyUrl(file))) {
            checkPages(db, file);
            Set<String> tables = tables(db);
            if (tables.isEmpty() || (tables.equals(Set.of("flyway_schema_history")) && !anyApplied(db))) {
                // A database file with nothing in it yet, e.g. left by a start that an older version of
                // the program was killed in, before its first migration was committed.
                return new Result(true, 0);
            }
            if (!tables.contains("flyway_schema_history") || !tables.contains("assessment")) {
                throw unusable(Problem.FOREIGN, file, "library.unusable.foreign", null);
            }
            return new Result(false, schemaVersion(db, file));
        } catch (SQLException e) {
            if (LibraryLockedException.isLock(e)) {
                throw locked(file, e);
            }
            throw damagedOrUnreadable(file, e);
        }
    }

    static LibraryLockedException locked(Path file, Throwable cause) {
        return new LibraryLockedException(file, Message.of("library.locked", file), cause);
    }

    /**
     * Whether a backup can replace a library: not empty, a SQLite file whose every page passes
     * {@code integrity_check}, with our tables and a schema this program knows. Throws
     * {@link LibraryUnusableException} naming what is wrong; the backup is not changed.
     */
    static void checkBackup(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw unusable(Problem.DAMAGED, file, "library.backup.empty", null);
            }
        } catch (IOException e) {
            throw unusable(Problem.UNREADABLE, file, "library.unusable.unreadable", e, detail(e));
        }
        checkHeader(file);
        try (Connection db = readOnlySettings().createConnection(readOnlyUrl(file))) {
            try (Statement check = db.createStatement(); ResultSet rows = check.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    if (!"ok".equalsIgnoreCase(rows.getString(1))) {
                        throw unusable(Problem.DAMAGED, file, "library.unusable.damaged", null);
                    }
                }
            }
            Set<String> tables = tables(db);
            if (!tables.contains("flyway_schema_history") || !tables.contains("assessment")) {
                throw unusable(Problem.FOREIGN, file, "library.unusable.foreign", null);
            }
            schemaVersion(db, file);
        } catch (SQLException e) {
            throw damagedOrUnreadable(file, e);
        }
    }

    private static void checkHeader(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (AccessDeniedException e) {
            throw unusable(Problem.UNREADABLE, file, "library.unusable.noAccess", e);
        } catch (IOException e) {
            throw unusable(Problem.UNREADABLE, file, "library.unusable.unreadable", e, detail(e));
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw unusable(Problem.NOT_A_DATABASE, file, "library.unusable.notDatabase", null);
        }
    }

    /**
     * Reads every page once, on every start, so its cost grows with the library (22 MB at 1 000
     * assessments). Read through a memory map instead of one read call per 4 kB page: on the
     * two-core test machine, where each call into the kernel is dear, a check of 1 000 took 28
     * instead of 36 ms, and up to 30 ms less at start. The map lives only as long as this short
     * read-only connection; the library's own connection reads as SQLite always does.
     */
    private static void checkPages(Connection db, Path file) throws SQLException {
        try (Statement map = db.createStatement()) {
            map.execute("PRAGMA mmap_size = " + CHECK_MAP_BYTES);
        }
        try (Statement check = db.createStatement(); ResultSet rows = check.executeQuery("PRAGMA quick_check")) {
            while (rows.next()) {
                if (!"ok".equalsIgnoreCase(rows.getString(1))) {
                    throw unusable(Problem.DAMAGED, file, "library.unusable.damaged", null);
                }
            }
        }
    }

    private static Set<String> tables(Connection db) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static boolean anyApplied(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** The highest applied migration; a failed or unknown newer one makes the file unusable here. */
    private static int schemaVersion(Connection db, Path file) throws SQLException {
        int highest = 0;
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rows.next()) {
                int version;
                try {
                    version = Integer.parseInt(rows.getString(1).trim());
                } catch (NumberFormatException e) {
                    throw unusable(Problem.NEWER_VERSION, file, "library.unusable.newer", null, rows.getString(1), Migrations.LATEST_VERSION);
                }
                if (!rows.getBoolean(2)) {
                    throw unusable(Problem.NEWER_VERSION, file, "library.unusable.halfMigrated", null, version);
                }
                highest = Math.max(highest, version);
            }
        }
        if (highest > Migrations.LATEST_VERSION) {
            throw unusable(Problem.NEWER_VERSION, file, "library.unusable.newer", null, highest, Migrations.LATEST_VERSION);
        }
        return highest;
    }

    /**
     * Even a read-only connection leaves an empty -wal and -shm beside a library in WAL mode. When no
     * -wal exists, everything is in the main file, so it is read as immutable and nothing at all
     * appears beside it. A -wal that exists (after a crash) holds committed saves and must be read.
     */
    static String readOnlyUrl(Path file) {
        if (Files.exists(Path.of(file + "-wal"))) {
            return "jdbc:sqlite:" + file;
        }
        return "jdbc:sqlite:" + file.toUri() + "?immutable=1";
    }

    static SQLiteConfig readOnlySettings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(LibraryLockedException.waitMillis());
        return config;
    }

    private static LibraryUnusableException damagedOrUnreadable(Path file, SQLException e) {
        String detail = detail(e);
        if (detail.contains("SQLITE_CORRUPT") || detail.contains("malformed") || detail.contains("SQLITE_NOTADB")
                || detail.contains("not a database")) {
            return unusable(Problem.DAMAGED, file, "library.unusable.damaged", e);
        }
        return unusable(Problem.UNREADABLE, file, "library.unusable.unreadable", e, detail);
    }

    private static String detail(Exception e) {
        return String.valueOf(e.getMessage());
    }

    private static LibraryUnusableException unusable(Problem problem, Path file, String key, Throwable cause, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = file;
        System.arraycopy(args, 0, all, 1, args.length);
        return new LibraryUnusableException(problem, file, Message.of(key, all), cause);
    }
}
