package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The rows of assessment_history. Callers hold the transaction and the assessment's row lock. */
final class History {
    private History() {
    }

    record StoredDocument(String json, String title) {
    }

    /**
     * Keeps the version. An autosave every half second would make thousands of entries a day, so
     * a save by the person who made the newest entry, within the merge window of its start,
     * replaces that entry's document and widens it to this version instead.
     *
     * @param json the assessment's .bkj document, as written to the assessment row
     */
    static void record(Connection db, long id, long version, String json, Instant now,
            String user, Long restoredFrom, boolean mayMerge) throws SQLException {
        if (mayMerge) {
            try (PreparedStatement merge = db.prepareStatement("UPDATE assessment_history SET version = ?, document = ?::jsonb, changed_at = ? "
                    + "WHERE assessment_id = ? AND version = ? AND changed_by = ? AND started_at > ? AND restored_from IS NULL")) {
                merge.setLong(1, version);
                merge.setString(2, json);
                merge.setObject(3, PostgresLibrary.at(now));
                merge.setLong(4, id);
                merge.setLong(5, version - 1);
                merge.setString(6, user);
                merge.setObject(7, PostgresLibrary.at(now.minus(PostgresLibrary.MERGE_WINDOW)));
                if (merge.executeUpdate() == 1) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO assessment_history (assessment_id, version, first_version, "
                + "document, started_at, changed_at, changed_by, restored_from) VALUES (?,?,?,?::jsonb,?,?,?,?)")) {
            insert.setLong(1, id);
            insert.setLong(2, version);
            insert.setLong(3, version);
            insert.setString(4, json);
            insert.setObject(5, PostgresLibrary.at(now));
            insert.setObject(6, PostgresLibrary.at(now));
            insert.setString(7, user);
            if (restoredFrom == null) {
                insert.setNull(8, java.sql.Types.BIGINT);
            } else {
                insert.setLong(8, restoredFrom);
            }
            insert.executeUpdate();
        }
    }

    static List<AssessmentVersion> list(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT version, first_version, started_at, changed_at, changed_by, restored_from "
                + "FROM assessment_history WHERE assessment_id = ? ORDER BY version DESC")) {
            query.setLong(1, id);
            List<AssessmentVersion> versions = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long restored = row.getLong(6);
                    OptionalLong restoredFrom = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(restored);
                    versions.add(new AssessmentVersion(id, row.getLong(1), row.getLong(2), PostgresLibrary.instant(row, 3),
                            PostgresLibrary.instant(row, 4), row.getString(5), restoredFrom));
                }
            }
            return versions;
        }
    }

    /** The entry that holds this version: the one whose range first_version..version contains it. */
    static Optional<StoredDocument> document(Connection db, long id, long version) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT document::text, document->'case'->>'title' FROM assessment_history "
                + "WHERE assessment_id = ? AND ? BETWEEN first_version AND version")) {
            query.setLong(1, id);
            query.setLong(2, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new StoredDocument(row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }
}
