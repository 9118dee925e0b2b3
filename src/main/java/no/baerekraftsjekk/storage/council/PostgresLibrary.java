package no.baerekraftsjekk.storage.council;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.CaseField;
import no.baerekraftsjekk.storage.KnownValues;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.SearchText;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council library: assessments shared by a council's caseworkers on PostgreSQL. Each
 * assessment is kept as its {@code .bkj} document beside the columns the list and search need.
 *
 * <p>Saves are versioned: a save names the version it was based on and is refused with
 * {@link StaleSaveException} (who and when) when someone saved after it, so nothing is ever
 * overwritten silently. The version check is the UPDATE's own WHERE clause, so two saves at the
 * same moment cannot both pass it: the row lock makes the second re-read the row and miss.
 * Every save is kept in the history, and other sessions hear of it through LISTEN/NOTIFY.
 *
 * <p>One connection per library, used by one thread at a time, like the local library: a
 * caseworker's program makes a save or a read at a time. A lost connection is opened again at
 * the next call.
 */
public final class PostgresLibrary implements AssessmentLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLibrary.class);
    static final String CHANNEL = "baerekraftsjekk_saved";
    /** Saves by the same person closer together than this share one history entry. */
    public static final Duration MERGE_WINDOW = Duration.ofMinutes(5);
    private static final String SUMMARY = "SELECT id, title, case_number, case_type, unit, status, created_at, changed_at FROM assessment";
    private static final String NEWEST_FIRST = " ORDER BY changed_at DESC, id DESC";

    private final CouncilConnector connector;
    private final String user;
    private final Clock clock;
    private final String session = UUID.randomUUID().toString();
    /** The .bkj document with what only the library keeps (dismissed hints, the note on small conflicts). */
    private final no.baerekraftsjekk.storage.LibraryDocument documents = new no.baerekraftsjekk.storage.LibraryDocument();
    private Connection db;

    private PostgresLibrary(CouncilConnector connector, String user, Clock clock) {
        this.connector = connector;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Connects and checks that IT has set the schema up for this version of the program.
     *
     * @param user who saves, as shown to colleagues (the OS user name)
     */
    public static PostgresLibrary open(CouncilConnector connector, String user, Clock clock) {
        PostgresLibrary library = new PostgresLibrary(connector, user, clock);
        library.run("council.error.read", db -> {
            CouncilSchema.check(db, connector.server());
            return null;
        });
        return library;
    }

    /** Without connecting: for a library whose server went away after it was opened (tests). */
    static PostgresLibrary openUnchecked(CouncilConnector connector, String user, Clock clock) {
        return new PostgresLibrary(connector, user, clock);
    }

    public static PostgresLibrary open(CouncilConnector connector) {
        return open(connector, System.getProperty("user.name", "?"), Clock.systemUTC());
    }

    /** Who this library saves as. */
    public String user() {
        return user;
    }

    /** This library's session, named in every save notice so it can leave its own out. */
    String session() {
        return session;
    }

    public CouncilConnector connector() {
        return connector;
    }

    @Override
    public StoredAssessment create(Assessment assessment) {
        return createAs(OptionalLong.empty(), assessment, null);
    }

    /**
     * Creates the assessment under a given id (copying a local library keeps its ids, so a later
     * import of an exported file recognises it); refused when the id is taken.
     */
    public StoredAssessment createWithId(long id, Assessment assessment, Instant created) {
        return createAs(OptionalLong.of(id), assessment, created);
    }

    private synchronized StoredAssessment createAs(OptionalLong wantedId, Assessment given, Instant givenCreated) {
        // Every stored assessment has an identity; one read from a file without an id gets it here.
        Assessment assessment = given.id() != null ? given : given.withId(UUID.randomUUID());
        Instant now = now();
        Instant created = givenCreated == null ? now : givenCreated.truncatedTo(ChronoUnit.MICROS);
        String json = json(assessment);
        return inTransaction(db -> {
            String columns = "title, case_number, case_type, unit, status, document, search_text, version, created_at, changed_at, changed_by";
            String sql = wantedId.isPresent()
                    ? "INSERT INTO assessment (id, " + columns + ") VALUES (?, ?,?,?,?,?,?::jsonb,?,1,?,?,?)"
                    : "INSERT INTO assessment (" + columns + ") VALUES (?,?,?,?,?,?::jsonb,?,1,?,?,?)";
            long id;
            try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                if (wantedId.isPresent()) {
                    insert.setLong(i++, wantedId.getAsLong());
                }
                i = bindContent(insert, i, assessment, json);
                insert.setObject(i++, at(created));
                insert.setObject(i++, at(now));
                insert.setString(i, user);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (wantedId.isPresent()) {
                // Keep the id sequence above every id taken, so later creates do not collide.
                try (Statement bump = db.createStatement()) {
                    bump.execute("SELECT setval(pg_get_serial_sequence('assessment', 'id'), greatest(max(id), 1)) FROM assessment");
                }
            }
            // The database writes the history entry (trigger baerekraft_record_history).
            notifySaved(db, id, 1, now);
            return new StoredAssessment(id, assessment, created, now, 1, user);
        });
    }

    /**
     * Replaces the assessment if its stored version is still {@code baseVersion}; returns it with
     * version {@code baseVersion + 1}. Otherwise throws {@link StaleSaveException} and changes nothing.
     */
    @Override
    public StoredAssessment save(long id, long baseVersion, Assessment assessment) {
        return saveEdit(id, baseVersion, assessment, null);
    }

    /**
     * As {@link #save(long, long, Assessment)}, for an edit from the local queue: an edit whose
     * id the server already applied (its answer was lost with the network) is not applied again;
     * the stored assessment is returned as it is.
     */
    public synchronized StoredAssessment saveEdit(long id, long baseVersion, Assessment given, UUID editId) {
        Instant now = now();
        return inTransaction(db -> {
            // A value without an identity keeps the one stored.
            Assessment assessment = given.id() != null ? given : storedIdentity(db, id).map(given::withId).orElse(given);
            String json = json(assessment);
            if (editId != null) {
                Optional<StoredAssessment> already = appliedEdit(db, id, editId);
                if (already.isPresent()) {
                    return already.get();
                }
            }
            StoredAssessment stored = updateFrom(db, id, baseVersion, assessment, json, now);
            if (editId != null) {
                rememberEdit(db, editId, id, stored.version(), now);
            }
            notifySaved(db, id, stored.version(), now);
            return stored;
        });
    }

    /**
     * Replaces the stored assessment if it is still at {@code baseVersion}, counting the version up;
     * otherwise refuses with who saved meanwhile (or that it is gone). The check and the write are one
     * statement, so two sessions saving at once cannot both pass.
     */
    private StoredAssessment updateFrom(Connection db, long id, long baseVersion, Assessment assessment, String json,
            Instant now) throws SQLException {
        String sql = "UPDATE assessment SET title = ?, case_number = ?, case_type = ?, unit = ?, status = ?, "
                + "document = ?::jsonb, search_text = ?, version = version + 1, changed_at = ?, changed_by = ? "
                + "WHERE id = ? AND version = ? AND deleted_at IS NULL RETURNING version, created_at";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            int i = bindContent(update, 1, assessment, json);
            update.setObject(i++, at(now));
            update.setString(i++, user);
            update.setLong(i++, id);
            update.setLong(i, baseVersion);
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    throw refusal(db, id, baseVersion);
                }
                return new StoredAssessment(id, assessment, instant(row, 2), now, row.getLong(1), user);
            }
        }
    }

    /** Why a versioned update changed no row: someone saved after the base version, or it is gone. */
    private LibraryException refusal(Connection db, long id, long baseVersion) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT version, changed_by, changed_at FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new LibraryException(Message.of("library.error.notFound", Long.toString(id)));
                }
                return new StaleSaveException(id, baseVersion, row.getLong(1), row.getString(2), instant(row, 3));
            }
        }
    }

    private Optional<StoredAssessment> appliedEdit(Connection db, long id, UUID editId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM applied_edit WHERE edit_id = ?")) {
            query.setObject(1, editId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
            }
        }
        Optional<StoredAssessment> stored = load(db, id);
        return stored;
    }

    private static void rememberEdit(Connection db, UUID editId, long id, long version, Instant now) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO applied_edit (edit_id, assessment_id, version, applied_at) VALUES (?,?,?,?)")) {
            insert.setObject(1, editId);
            insert.setLong(2, id);
            insert.setLong(3, version);
            insert.setObject(4, at(now));
            insert.executeUpdate();
        }
    }

    private static Optional<UUID> storedIdentity(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT document->>'id' FROM assessment WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getString(1) != null ? Optional.of(UUID.fromString(row.getString(1))) : Optional.empty();
            }
        }
    }

    @Override
    public synchronized OptionalLong findByAssessmentId(UUID assessmentId) {
        return run("council.error.read", db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT id FROM assessment WHERE deleted_at IS NULL "
                    + "AND document->>'id' = ?" + NEWEST_FIRST + " LIMIT 1")) {
                query.setString(1, assessmentId.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Sent when the transaction commits, to every session listening; see {@link SaveNotices}. */
    private void notifySaved(Connection db, long id, long version, Instant when) throws SQLException {
        try (PreparedStatement notify = db.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, SaveNotice.payload(id, version, when, session, user));
            notify.execute();
        }
    }

    /** Opening an exempt assessment is written to the audit trail (the database stamps who and when). */
    @Override
    public synchronized Optional<StoredAssessment> find(long id) {
        Optional<StoredAssessment> found = run("council.error.read", db -> load(db, id));
        found.filter(s -> s.assessment().caseInfo().isExempt()).ifPresent(s -> audit(id, "OPENED", "v" + s.version()));
        return found;
    }

    /** Writes to the audit trail that this user exported the assessment, when it is exempt. */
    @Override
    public synchronized void recordExport(long id, String what) {
        audit(id, "EXPORTED", what);
    }

    /** Adds an open or export of an exempt assessment to the audit trail; nothing for one that is not exempt. */
    private void audit(long id, String action, String detail) {
        run("council.error.read", db -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_event (action, assessment_id, detail) "
                    + "SELECT ?, id, ? FROM assessment WHERE id = ? AND exempt")) {
                insert.setString(1, action);
                insert.setString(2, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
                insert.setLong(3, id);
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Names the colleagues (their logins) who may see and change the assessment, also when it is
     * exempt; only its owner may (the database refuses anyone else).
     */
    public synchronized void setColleagues(long id, java.util.Collection<String> logins) {
        inTransaction(db -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE assessment SET colleagues = ? WHERE id = ? AND deleted_at IS NULL")) {
                update.setArray(1, db.createArrayOf("text", logins.stream().distinct().sorted().toArray()));
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    throw new LibraryException(Message.of("library.error.notFound", Long.toString(id)));
                }
            }
            return null;
        });
    }

    /** The colleagues the owner named; empty when none or not visible. */
    public synchronized List<String> colleagues(long id) {
        return run("council.error.read", db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT colleagues FROM assessment WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? CouncilUsers.strings(row.getArray(1)) : List.of();
                }
            }
        });
    }

    private Optional<StoredAssessment> load(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT document::text, title, created_at, changed_at, version, changed_by "
                + "FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Assessment assessment = document(row.getString(1), row.getString(2), id);
                return Optional.of(new StoredAssessment(id, assessment, instant(row, 3), instant(row, 4), row.getLong(5), row.getString(6)));
            }
        }
    }

    /**
     * The stored document as an assessment. The file format writes a placeholder for an empty
     * title; the title column holds the real one.
     */
    Assessment document(String json, String title, long id) {
        try {
            Assessment assessment = documents.read(json.getBytes(StandardCharsets.UTF_8));
            return assessment.caseInfo().title().equals(title) ? assessment
                    : assessment.withCaseInfo(assessment.caseInfo().withTitle(title));
        } catch (InvalidAssessmentFileException e) {
            throw new LibraryException(Message.of("council.error.document", Long.toString(id), e.getMessage()), e);
        }
    }

    /** One query over the columns kept for roll-ups, no document read: see {@link CouncilRatingsScan}. */
    @Override
    public synchronized void forEachRatings(java.util.function.Consumer<StoredAssessment> action) {
        run("council.error.read", db -> {
            new CouncilRatingsScan().forEach(db, action);
            return null;
        });
    }

    @Override
    public List<AssessmentSummary> list() {
        return summaries(SUMMARY + " WHERE deleted_at IS NULL" + NEWEST_FIRST, List.of(), OptionalLong.empty(), OptionalLong.empty());
    }

    @Override
    public List<AssessmentSummary> search(String query) {
        SearchFilter filter = SearchFilter.of(query);
        return summaries(SUMMARY + " WHERE deleted_at IS NULL" + filter.sql() + NEWEST_FIRST, filter.patterns(),
                OptionalLong.empty(), OptionalLong.empty());
    }

    /**
     * One page of the list or of a search, newest first: the server finds and sorts, and only this
     * page travels. An empty query lists everything.
     */
    public SummaryPage page(String query, int offset, int size) {
        SearchFilter filter = SearchFilter.of(query);
        List<AssessmentSummary> rows = summaries(SUMMARY + " WHERE deleted_at IS NULL" + filter.sql() + NEWEST_FIRST
                + " LIMIT ? OFFSET ?", filter.patterns(), OptionalLong.of(size + 1L), OptionalLong.of(offset));
        boolean more = rows.size() > size;
        return new SummaryPage(more ? rows.subList(0, size) : rows, offset, more);
    }

    private synchronized List<AssessmentSummary> summaries(String sql, List<String> patterns, OptionalLong limit, OptionalLong offset) {
        return run("council.error.read", db -> {
            try (PreparedStatement query = db.prepareStatement(sql)) {
                int i = 1;
                for (String pattern : patterns) {
                    query.setString(i++, pattern);
                }
                if (limit.isPresent()) {
                    query.setLong(i++, limit.getAsLong());
                    query.setLong(i, offset.orElse(0));
                }
                List<AssessmentSummary> result = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        result.add(new AssessmentSummary(row.getLong(1), row.getString(2), row.getString(3),
                                CaseType.valueOf(row.getString(4)), row.getString(5), Status.valueOf(row.getString(6)),
                                instant(row, 7), instant(row, 8)));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public synchronized List<String> knownValues(CaseField field) {
        String name = switch (field) {
            case ORGANISATION -> "organisation";
            case UNIT -> "unit";
            case CASEWORKER -> "caseworker";
        };
        return run("council.error.read", db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT DISTINCT document->'case'->>? FROM assessment "
                    + "WHERE deleted_at IS NULL AND document->'case'->>? IS NOT NULL")) {
                query.setString(1, name);
                query.setString(2, name);
                List<String> values = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        values.add(row.getString(1));
                    }
                }
                return KnownValues.of(values);
            }
        });
    }

    @Override
    public synchronized void rememberFile(long id, String sha256) {
        inTransaction(db -> {
            try (PreparedStatement remember = db.prepareStatement("INSERT INTO known_file (sha256, assessment_id) VALUES (?, ?) "
                    + "ON CONFLICT (sha256) DO UPDATE SET assessment_id = excluded.assessment_id")) {
                remember.setString(1, sha256);
                remember.setLong(2, id);
                remember.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized OptionalLong findByFile(String sha256) {
        return run("council.error.read", db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT a.id FROM known_file k JOIN assessment a ON a.id = k.assessment_id"
                    + " WHERE k.sha256 = ? AND a.deleted_at IS NULL")) {
                query.setString(1, sha256);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public void delete(long id) {
        setDeleted(id, now());
    }

    @Override
    public void restore(long id) {
        setDeleted(id, null);
    }

    private synchronized void setDeleted(long id, Instant when) {
        inTransaction(db -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE assessment SET deleted_at = ? WHERE id = ?")) {
                update.setObject(1, when == null ? null : at(when));
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    throw new LibraryException(Message.of("library.error.notFound", Long.toString(id)));
                }
            }
            return null;
        });
    }

    /** The history of an assessment, newest first: who saved, when, and which versions each entry holds. */
    public synchronized List<AssessmentVersion> history(long id) {
        return run("council.error.read", db -> History.list(db, id));
    }

    /** One version as it was saved, to be viewed read-only or compared; empty when no entry holds it. */
    public synchronized Optional<Assessment> version(long id, long version) {
        Optional<Assessment> found = run("council.error.read", db -> History.document(db, id, version))
                .map(d -> document(d.json(), d.title(), id));
        found.filter(a -> a.caseInfo().isExempt()).ifPresent(a -> audit(id, "OPENED", "version " + version));
        return found;
    }

    /**
     * Makes an earlier version the newest one again, as a save on top of {@code baseVersion} (so
     * it is refused like any save when someone else saved meanwhile). The history keeps both.
     */
    public synchronized StoredAssessment restoreVersion(long id, long version, long baseVersion) {
        Assessment kept = version(id, version)
                .orElseThrow(() -> new LibraryException(Message.of("council.error.noVersion", Long.toString(version), Long.toString(id))));
        // An approval belongs to the version approved: bringing an old one back asks for a new review.
        Assessment old = kept.optionalReview().filter(Review::isApproved)
                .map(r -> kept.withReview(r.withStatus(ReviewStatus.REQUESTED))).orElse(kept);
        Instant now = now();
        String json = json(old);
        return inTransaction(db -> {
            try (PreparedStatement restored = db.prepareStatement("SELECT set_config('baerekraftsjekk.restored_from', ?, true)")) {
                restored.setString(1, Long.toString(version));
                restored.execute();
            }
            StoredAssessment stored = updateFrom(db, id, baseVersion, old, json, now);
            notifySaved(db, id, stored.version(), now);
            return stored;
        });
    }

    /** Hears of every save by another session, until the returned handle is closed. */
    public SaveNotices listen(java.util.function.Consumer<SaveNotice> onSaved) {
        return SaveNotices.start(connector, session, onSaved);
    }

    /** No file: the connection file it came from, or the server's address, for messages and logs. */
    @Override
    public Path location() {
        return Path.of(connector.server().describe().replaceAll("[^\\p{L}\\p{N}._-]+", "_"));
    }

    public String describe() {
        return connector.server().describe();
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private String json(Assessment a) {
        return new String(documents.write(a), StandardCharsets.UTF_8);
    }

    private int bindContent(PreparedStatement statement, int first, Assessment a, String json) throws SQLException {
        var info = a.caseInfo();
        int i = first;
        statement.setString(i++, NulFree.text(info.title()));
        statement.setString(i++, NulFree.text(info.caseNumber()));
        statement.setString(i++, info.caseType().name());
        statement.setString(i++, NulFree.text(info.unit()));
        statement.setString(i++, a.status().name());
        statement.setString(i++, NulFree.json(json));
        statement.setString(i++, NulFree.text(SearchText.of(a)));
        return i;
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; what is returned must equal what is read back.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Runs a read on this library's connection (for the classes of this package that speak SQL). */
    <T> T read(Work<T> work) {
        return run("council.error.read", work);
    }

    /** Runs a change in one transaction on this library's connection. */
    <T> T write(Work<T> work) {
        return inTransaction(work);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection db) throws SQLException;
    }

    private synchronized <T> T run(String messageKey, Work<T> work) {
        Connection connection = connection();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(messageKey, e);
        }
    }

    /**
     * All of it or nothing. When the connection is lost during the commit, the save may or may
     * not have reached the server: the caller hears "unreachable" and, for an edit from the
     * queue, sends it again under the same edit id.
     */
    private synchronized <T> T inTransaction(Work<T> work) {
        Connection connection = connection();
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw failure("council.error.save", e);
        } catch (RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            if (db != null) {
                try {
                    db.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.debug("Leaving the transaction failed; the connection is dropped", e);
                    closeQuietly();
                }
            }
        }
    }

    private Connection connection() {
        if (db == null) {
            db = connector.connect();
        }
        return db;
    }

    private LibraryException failure(String key, SQLException e) {
        if (ServerFailures.isConnectionLost(e)) {
            closeQuietly();
            return new CouncilUnreachableException(Message.of("council.error.unreachable", connector.server().describe()), e);
        }
        // The database's own rules of roles and review (migration V3), each with a message of its own.
        Optional<Message> refused = DatabaseRefusal.of(e.getSQLState(), connector.server().describe());
        if (refused.isPresent()) {
            return new LibraryException(refused.get(), e);
        }
        if ("23505".equals(e.getSQLState())) {
            return new LibraryException(Message.of("council.error.duplicate", connector.server().describe(), e.getMessage()), e);
        }
        return new LibraryException(Message.of(key, connector.server().describe(), String.valueOf(e.getMessage())), e);
    }

    private void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void closeQuietly() {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                LOG.debug("Closing a connection to the council library failed", e);
            }
            db = null;
        }
    }
}
