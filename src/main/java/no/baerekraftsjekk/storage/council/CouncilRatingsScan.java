package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.RollUpRow;
import no.baerekraftsjekk.storage.StoredAssessment;

/**
 * The council library's read for roll-ups ({@link AssessmentLibrary#forEachRatings}): one query over
 * the columns PostgreSQL keeps beside each document (migration V5), never the documents themselves,
 * which would cost the server reading and unpacking a few kilobytes for every assessment. Row-level
 * security applies as to every read: the user gets the assessments they may see. Not an opening of
 * an assessment, so nothing goes to the audit trail (the portfolio names an exempt case only to
 * those the rules let see it, and exports never name it).
 */
final class CouncilRatingsScan {
    private static final String SQL = "SELECT id, title, case_number, case_type, rollup_organisation, unit, rollup_case_date, "
            + "rollup_exemption, status, created_at, changed_at, version, changed_by, rollup_committee, rollup_meeting_date, "
            + "review_status, rollup_ratings, rollup_weighed, rollup_alternatives, rollup_recommended "
            + "FROM assessment WHERE deleted_at IS NULL ORDER BY id";

    void forEach(Connection db, Consumer<StoredAssessment> action) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(SQL); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                action.accept(new StoredAssessment(row.getLong(1), RollUpRow.assessment(row), PostgresLibrary.instant(row, 10),
                        PostgresLibrary.instant(row, 11), row.getLong(12), row.getString(13)));
            }
        }
    }
}
