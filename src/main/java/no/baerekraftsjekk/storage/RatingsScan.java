package no.baerekraftsjekk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.format.AlternativesJson;

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
                String date = row.getString(7);
                String meeting = row.getString(15);
                String review = row.getString(16);
                CaseInfo info = new CaseInfo(row.getString(2), row.getString(3), CaseType.valueOf(row.getString(4)),
                        row.getString(5), row.getString(6), "", StoredTimes.date(date), "", row.getString(8),
                        row.getString(14), StoredTimes.date(meeting));
                Assessment assessment = new Assessment(info, JoinedRatings.goals(row.getString(17)), Map.of(), JoinedRatings.handlings(row.getString(18)),
                        "", "", Status.valueOf(row.getString(9)), null, Language.NB,
                        review == null ? null : new Review(ReviewStatus.valueOf(review), "", null, ""));
                String alternatives = row.getString(19);
                if (alternatives != null) {
                    assessment = assessment.withAlternatives(AlternativesJson.read(alternatives))
                            .withRecommendation(new Recommendation(row.getString(20), ""));
                }
                action.accept(new StoredAssessment(row.getLong(1), assessment, StoredTimes.instant(row.getString(10)),
                        StoredTimes.instant(row.getString(11)), row.getLong(12), row.getString(13)));
            }
        }
    }
}
