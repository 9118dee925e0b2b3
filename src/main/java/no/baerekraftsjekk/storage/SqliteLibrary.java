package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.format.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The library in one SQLite file. One connection, used by one thread at a time: SQLite has one
 * writer anyway, and a caseworker's library is small enough that reads never wait noticeably.
 */
public final class SqliteLibrary implements AssessmentLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteLibrary.class);
    private static final String SUMMARY_COLUMNS =
            "id, title, case_number, case_type, unit, status, created_at, changed_at FROM assessment";

    private final Path file;
    private final Connection db;
    private final Clock clock;
    /** Who is recorded as having made each change: the operating system's user name. */
    private final String user;
    private final AssessmentRows rows = new AssessmentRows();
    /** Held while {@link #backUpIfNoneToday} runs, so two calls make one backup. */
    private final Object backingUp = new Object();

    private SqliteLibrary(Path file, Connection db, Clock clock, String user) {
        this.file = file;
        this.db = db;
        this.clock = clock;
        this.user = user;
    }

    /** Opens (or creates) the library in this file and brings its schema up to date. */
    public static SqliteLibrary open(Path file) {
        return open(file, Clock.systemUTC());
    }

    static SqliteLibrary open(Path file, Clock clock) {
        return open(file, clock, osUser());
    }

    /**
     * As {@link #open(Path)}, but the day's backup is left to {@link #backUpIfNoneToday}, which the
     * window calls once the library is on screen: copying the library is most of the first start of
     * a day (130 ms at 1 000 assessments on two cores, growing with the library), and nothing on
     * the screen needs it. A library of an older schema is still backed up before it is migrated.
     */
    public static SqliteLibrary openWithoutDailyBackup(Path file) {
        return openWithoutDailyBackup(file, Clock.systemUTC());
    }

    static SqliteLibrary openWithoutDailyBackup(Path file, Clock clock) {
        return open(file, clock, osUser(), false);
    }

    static SqliteLibrary open(Path file, Clock clock, String user) {
        return open(file, clock, user, true);
    }

    private static String osUser() {
        return System.getProperty("user.name", "");
    }

    /**
     * The file is inspected before anything writes to it (see {@link LibraryInspection}): a damaged,
     * foreign or newer file throws {@link LibraryUnusableException} and stays byte for byte as it was.
     * A library of an older schema is backed up before it is migrated; any other library once a day
     * ({@code dailyBackup}), unless the caller takes that backup later.
     */
    private static SqliteLibrary open(Path file, Clock clock, String user, boolean dailyBackup) {
        Path absolute = file.toAbsolutePath();
        try {
            if (!Files.isDirectory(absolute.getParent())) {
                PrivateFiles.createFolder(absolute.getParent());
            }
        } catch (IOException e) {
            throw new LibraryException(Message.of("library.error.folder", absolute.getParent()), e);
        }
        LibraryInspection.Result found = LibraryInspection.inspect(absolute);
        boolean created = found.isNew();
        if (created) {
            LibraryCreation.create(absolute);
            found = LibraryInspection.inspect(absolute);
        }
        keepPrivate(absolute);
        LibraryBackups backups = new LibraryBackups(absolute, clock);
        if (!found.isNew() && found.needsMigration()) {
            try (Connection before = LibraryInspection.readOnlySettings().createConnection("jdbc:sqlite:" + absolute)) {
                backups.backUp(before);
            } catch (SQLException e) {
                throw openFailure(absolute, e);
            }
        }
        // Flyway is 400 classes and a scan of the class path; a library already at the newest
        // schema (every start but the first after an update) opens without it.
        if (found.isNew() || found.needsMigration()) {
            Migrations.apply(absolute);
        }
        Connection connection;
        try {
            connection = connectionSettings().createConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw openFailure(absolute, e);
        }
        if (!created && dailyBackup) {
            dailyBackup(backups, connection);
        }
        // Copies that a full disk or a kill stopped half-way (the successful ones tidy up themselves).
        LibraryBackups.removeLeftovers(backups.folder());
        return new SqliteLibrary(absolute, connection, clock, user);
    }

    private static LibraryException openFailure(Path file, SQLException e) {
        if (LibraryLockedException.isLock(e)) {
            return LibraryInspection.locked(file, e);
        }
        LOG.warn("Could not open the library {}", file, e);
        return new LibraryException(Message.of("library.error.open", file, LibraryMessages.detail(e)), e);
    }

    /** The library holds cases exempt from public access: its files are the user's alone, also one made by an older version. */
    private static void keepPrivate(Path library) {
        PrivateFiles.restrict(LibraryFiles.realTarget(library));
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path beside = Path.of(library + suffix);
            if (Files.exists(beside)) {
                PrivateFiles.restrict(beside);
            }
        }
    }

    /**
     * Takes the day's backup unless one is taken today, through a read-only connection of its own,
     * so the library can be used meanwhile (a copy holds the library as it was when it began). Any
     * thread; a failure is logged, as at {@link #open(Path)}.
     */
    public void backUpIfNoneToday() {
        synchronized (backingUp) {
            try (Connection own = LibraryInspection.readOnlySettings().createConnection("jdbc:sqlite:" + file)) {
                dailyBackup(new LibraryBackups(file, clock), own);
            } catch (SQLException e) {
                LOG.warn("Daily backup failed: {}", e.getMessage());
            }
        }
    }

    /** A failed daily backup must not keep the caseworker from working: it is logged and tried again next start. */
    private static void dailyBackup(LibraryBackups backups, Connection connection) {
        try {
            backups.backUpIfNoneToday(connection);
        } catch (LibraryException e) {
            // Already in the log with its cause; the console gets the message only.
            LOG.warn("Daily backup failed: {}", e.getMessage());
        }
    }

    /**
     * The settings every connection to a library gets, and why:
     * <ul>
     * <li>journal_mode WAL: a commit appends to the -wal file and is whole or absent after a crash
     * (SQLite replays committed frames and ignores a torn tail on the next open); readers (a second
     * program, a backup with VACUUM INTO) do not block the autosave, nor it them.</li>
     * <li>synchronous FULL: the WAL is fsynced at every commit, so an acknowledged save survives a
     * power cut too, not only a killed process. NORMAL would be durable against a crash but could
     * lose the last commits on power loss. At one small transaction per autosave (about 2 a second
     * at most) the cost is a few milliseconds nobody notices.</li>
     * <li>busy_timeout 10 s: a second program writing at the same moment makes this one wait, not fail.</li>
     * <li>transaction mode IMMEDIATE: a save reads (does the row exist?) and then writes. A deferred
     * transaction would take the write lock only at its first write, and if another program wrote
     * in between SQLite answers SQLITE_BUSY at once, without waiting: the save would fail. IMMEDIATE
     * takes the write lock at BEGIN, where busy_timeout does wait.</li>
     * <li>foreign keys on: goal rows and texts go with their assessment.</li>
     * </ul>
     */
    static SQLiteConfig connectionSettings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(LibraryLockedException.waitMillis());
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    @Override
    public synchronized StoredAssessment create(Assessment assessment) {
        Instant now = clock.instant();
        // Every stored assessment has an identity; one read from a file without an id gets it here.
        Assessment identified = assessment.id() != null ? assessment : assessment.withId(UUID.randomUUID());
        return inTransaction("library.error.save", () -> {
            long id = rows.insert(db, identified, now);
            setVersion(id, 1);
            return new StoredAssessment(id, identified, now, now, 1, user);
        });
    }

    /**
     * The transaction is IMMEDIATE (see {@link #connectionSettings()}): no other program can save
     * between reading the stored version here and writing the new one.
     */
    @Override
    public synchronized StoredAssessment save(long id, long baseVersion, Assessment assessment) {
        Instant now = clock.instant();
        return inTransaction("library.error.save", () -> {
            AssessmentRows.StoredVersion stored = rows.version(db, id)
                    .orElseThrow(() -> new LibraryException(Message.of("library.error.notFound", Long.toString(id))));
            if (stored.number() != baseVersion) {
                throw new StaleSaveException(id, baseVersion, stored.number(), stored.changedBy(), stored.changedAt());
            }
            Instant created = rows.update(db, id, assessment, now)
                    .orElseThrow(() -> new LibraryException(Message.of("library.error.notFound", Long.toString(id))));
            setVersion(id, baseVersion + 1);
            return new StoredAssessment(id, assessment, created, now, baseVersion + 1, user);
        });
    }

    private void setVersion(long id, long version) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE assessment SET version = ?, changed_by = ? WHERE id = ?")) {
            update.setLong(1, version);
            update.setString(2, user);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    @Override
    public synchronized Optional<StoredAssessment> find(long id) {
        try {
            return rows.load(db, id);
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @Override
    public synchronized List<AssessmentSummary> list() {
        return summaries("SELECT " + SUMMARY_COLUMNS + " WHERE deleted_at IS NULL ORDER BY changed_at DESC, id DESC", List.of());
    }

    @Override
    public synchronized List<AssessmentSummary> search(String query) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            return list();
        }
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " WHERE deleted_at IS NULL");
        List<String> patterns = new ArrayList<>();
        for (String word : words) {
            sql.append(" AND instr(search_text, ?) > 0");
            patterns.add(word);
        }
        sql.append(" ORDER BY changed_at DESC, id DESC");
        return summaries(sql.toString(), patterns);
    }

    /** One query, the goal rows joined in SQLite: see {@link RatingsScan}. */
    @Override
    public synchronized void forEachRatings(Consumer<StoredAssessment> action) {
        try {
            new RatingsScan().forEach(db, action);
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @Override
    public synchronized List<String> knownValues(CaseField field) {
        String column = switch (field) {
            case ORGANISATION -> "organisation";
            case UNIT -> "unit";
            case CASEWORKER -> "caseworker";
        };
        try (PreparedStatement query = db.prepareStatement(
                "SELECT DISTINCT " + column + " FROM assessment WHERE deleted_at IS NULL")) {
            List<String> values = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    values.add(row.getString(1));
                }
            }
            return KnownValues.of(values);
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @Override
    public synchronized void rememberFile(long id, String sha256) {
        inTransaction("library.error.save", () -> {
            try (PreparedStatement remember = db.prepareStatement(
                    "INSERT OR REPLACE INTO known_file (sha256, assessment_id) VALUES (?, ?)")) {
                remember.setString(1, sha256);
                remember.setLong(2, id);
                remember.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void rememberReport(long id, Instant madeAt) {
        inTransaction("library.error.save", () -> {
            try (PreparedStatement remember = db.prepareStatement(
                    "INSERT OR REPLACE INTO report_made (assessment_id, made_at) VALUES (?, ?)")) {
                remember.setLong(1, id);
                remember.setString(2, madeAt.toString());
                remember.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized Optional<Instant> lastReport(long id) {
        try (PreparedStatement query = db.prepareStatement("SELECT made_at FROM report_made WHERE assessment_id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Instant.parse(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @Override
    public synchronized OptionalLong findByFile(String sha256) {
        try (PreparedStatement query = db.prepareStatement("SELECT a.id FROM known_file k JOIN assessment a ON a.id = k.assessment_id"
                + " WHERE k.sha256 = ? AND a.deleted_at IS NULL")) {
            query.setString(1, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @Override
    public synchronized OptionalLong findByAssessmentId(UUID assessmentId) {
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM assessment"
                + " WHERE assessment_uuid = ? AND deleted_at IS NULL ORDER BY changed_at DESC, id DESC LIMIT 1")) {
            query.setString(1, assessmentId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @Override
    public synchronized void delete(long id) {
        setDeleted(id, clock.instant().toString());
    }

    @Override
    public synchronized void restore(long id) {
        setDeleted(id, null);
    }

    @Override
    public Path location() {
        return file;
    }

    @Override
    public synchronized void close() {
        closeQuietly(db);
    }

    private void setDeleted(long id, String when) {
        inTransaction("library.error.save", () -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE assessment SET deleted_at = ? WHERE id = ?")) {
                update.setString(1, when);
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    throw new LibraryException(Message.of("library.error.notFound", Long.toString(id)));
                }
            }
            return null;
        });
    }

    private List<AssessmentSummary> summaries(String sql, List<String> parameters) {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            List<AssessmentSummary> result = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    result.add(new AssessmentSummary(row.getLong(1), row.getString(2), row.getString(3),
                            CaseType.valueOf(row.getString(4)), row.getString(5), Status.valueOf(row.getString(6)),
                            StoredTimes.instant(row.getString(7)), StoredTimes.instant(row.getString(8))));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("library.error.read", e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * All of it, or nothing: a failed save leaves the stored assessment as it was. On some errors
     * (a full disk, SQLITE_FULL) SQLite has already rolled back by itself; then rolling back and
     * leaving the transaction fail as well, and those secondary failures must not hide the first.
     */
    private <T> T inTransaction(String messageKey, Work<T> work) {
        try {
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(messageKey, e);
        }
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException e) {
            rollbackAfter(e);
            throw failure(messageKey, e);
        } catch (RuntimeException e) {
            rollbackAfter(e);
            throw e;
        } finally {
            leaveTransaction();
        }
    }

    private void rollbackAfter(Exception cause) {
        try {
            db.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** sqlite-jdbc sets auto-commit before it ends the transaction, so a failure here leaves the connection usable. */
    private void leaveTransaction() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("No transaction left to end after a failed save", e);
        }
    }

    private LibraryException failure(String key, SQLException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("SQLITE_FULL") || detail.contains("disk is full")) {
            // The transaction was rolled back: what was saved before is intact, this change is not saved yet.
            return new LibraryUnavailableException(Message.of("library.error.diskFull", file), e);
        }
        if (LibraryLockedException.isLock(e)) {
            return LibraryInspection.locked(file, e);
        }
        LOG.warn("Library operation failed on {}", file, e);
        if (detail.contains("SQLITE_READONLY") || detail.contains("SQLITE_CANTOPEN") || detail.contains("SQLITE_IOERR")) {
            return new LibraryUnavailableException(Message.of(key, file, LibraryMessages.detail(e)), e);
        }
        return new LibraryException(Message.of(key, file, LibraryMessages.detail(e)), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing is best effort: committed data is already in the file and its WAL.
        }
    }
}
