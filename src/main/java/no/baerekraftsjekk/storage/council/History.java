package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rows of assessment_history. The database writes them on every save (trigger
 * baerekraft_record_history, migration V3): the program's roles may only read them.
 */
final class History {
    private History() {
    }

    record StoredDocument(String json, String title) {
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
