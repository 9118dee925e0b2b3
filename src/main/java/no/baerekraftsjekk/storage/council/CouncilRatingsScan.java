package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.format.AlternativesJson;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.JoinedRatings;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.StoredTimes;

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
                String date = row.getString(7);
                String meeting = row.getString(15);
                String review = row.getString(16);
                CaseInfo info = new CaseInfo(row.getString(2), row.getString(3), CaseType.valueOf(row.getString(4)),
                        row.getString(5), row.getString(6), "", StoredTimes.date(date), "", row.getString(8),
                        row.getString(14), StoredTimes.date(meeting));
                Assessment assessment = new Assessment(info, JoinedRatings.goals(row.getString(17)), Map.of(),
                        JoinedRatings.handlings(row.getString(18)), "", "", Status.valueOf(row.getString(9)), null, Language.NB,
                        review == null ? null : new Review(ReviewStatus.valueOf(review), "", null, ""));
                String alternatives = row.getString(19);
                if (alternatives != null) {
                    assessment = assessment.withAlternatives(AlternativesJson.read(alternatives))
                            .withRecommendation(new Recommendation(row.getString(20), ""));
                }
                action.accept(new StoredAssessment(row.getLong(1), assessment, PostgresLibrary.instant(row, 10),
                        PostgresLibrary.instant(row, 11), row.getLong(12), row.getString(13)));
            }
        }
    }
}
