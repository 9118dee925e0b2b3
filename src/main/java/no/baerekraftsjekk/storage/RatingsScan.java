package no.baerekraftsjekk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Reads what a roll-up of the whole library needs, and nothing more, in one query: the case facts,
 * each goal's relevance and ratings, and which conflicts are weighed. Each assessment keeps its goal
 * rows joined into one text (columns {@code ratings} and {@code weighed}, kept by the triggers of
 * migration V10), because reading 17 rows of columns one by one through JDBC cost about 55 µs an
 * assessment, joining them in the query about 16 µs, and reading the joined column about 3 µs.
 * Free texts are left out: see {@link AssessmentLibrary#forEachRatings}.
 */
final class RatingsScan {
    private static final String SQL = "SELECT a.id, a.title, a.case_number, a.case_type, a.organisation, a.unit, a.case_date, "
            + "a.exemption_basis, a.status, a.created_at, a.changed_at, a.version, a.changed_by, a.committee, a.meeting_date, a.review_status, "
            // Joined by triggers on every write (migration V10), so reading them costs one row each.
            + "a.ratings, a.weighed"
            // A case with alternatives: the portfolio counts its recommended alternative (migration V8).
            + ", a.alternatives, a.recommended_alternative "
            + "FROM assessment a WHERE a.deleted_at IS NULL ORDER BY a.id";

    void forEach(Connection db, Consumer<StoredAssessment> action) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(SQL); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                action.accept(new StoredAssessment(row.getLong(1), RollUpRow.assessment(row), StoredTimes.instant(row.getString(10)),
                        StoredTimes.instant(row.getString(11)), row.getLong(12), row.getString(13)));
            }
        }
    }
}
