package no.baerekraftsjekk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
                        row.getString(5), row.getString(6), "", date == null ? null : LocalDate.parse(date), "", row.getString(8),
                        row.getString(14), meeting == null ? null : LocalDate.parse(meeting));
                Assessment assessment = new Assessment(info, JoinedRatings.goals(row.getString(17)), Map.of(), JoinedRatings.handlings(row.getString(18)),
                        "", "", Status.valueOf(row.getString(9)), null, Language.NB,
                        review == null ? null : new Review(ReviewStatus.valueOf(review), "", null, ""));
                String alternatives = row.getString(19);
                if (alternatives != null) {
                    assessment = assessment.withAlternatives(AlternativesJson.read(alternatives))
                            .withRecommendation(new Recommendation(row.getString(20), ""));
                }
                action.accept(new StoredAssessment(row.getLong(1), assessment, instant(row.getString(10)),
                        instant(row.getString(11)), row.getLong(12), row.getString(13)));
            }
        }
    }

    /**
     * A time as the library writes it ({@code Instant.toString()}, UTC, "2026-12-02T12:37:17.771704459Z"),
     * read by hand: {@code Instant.parse} builds a formatter on every call, a tenth of the whole read.
     * Anything else goes to {@code Instant.parse}.
     */
    static Instant instant(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z' || (n > 20 && (text.charAt(19) != '.' || n > 30))) {
            return Instant.parse(text);
        }
        try {
            long seconds = java.time.LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
                    digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19)).toEpochSecond(java.time.ZoneOffset.UTC);
            int nanos = 0;
            if (n > 20) {
                nanos = digits(text, 20, n - 1);
                for (int i = n - 1 - 20; i < 9; i++) {
                    nanos *= 10;
                }
            }
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (RuntimeException e) {
            return Instant.parse(text);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
