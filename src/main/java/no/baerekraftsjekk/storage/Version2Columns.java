package no.baerekraftsjekk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;

/**
 * The columns of the fields format version 2 added (migration V5): the assessment's identity, its
 * language, the committee and meeting date of its case, and the review. Kept apart from the
 * version 1 columns so each list stays readable.
 */
final class Version2Columns {
    static final String COLUMNS = "assessment_uuid, language, committee, meeting_date, review_status, reviewer, "
            + "review_date, review_comment";
    static final String PLACEHOLDERS = "?,?,?,?,?,?,?,?";
    /** An update without an id in hand keeps the stored one: a row never loses its identity. */
    static final String PLACEHOLDERS_KEEPING_ID = "COALESCE(?, assessment_uuid),?,?,?,?,?,?,?";

    private Version2Columns() {
    }

    /** Binds the columns in {@link #COLUMNS}' order from {@code first}; returns the next index. */
    static int bind(PreparedStatement statement, int first, Assessment a) throws SQLException {
        int i = first;
        setNullable(statement, i++, a.id() == null ? null : a.id().toString());
        statement.setString(i++, a.language().code());
        statement.setString(i++, a.caseInfo().committee());
        setNullable(statement, i++, a.caseInfo().meetingDate() == null ? null : a.caseInfo().meetingDate().toString());
        Review review = a.review();
        setNullable(statement, i++, review == null ? null : review.status().name());
        statement.setString(i++, review == null ? "" : review.reviewer());
        setNullable(statement, i++, review == null || review.date() == null ? null : review.date().toString());
        statement.setString(i++, review == null ? "" : review.comment());
        return i;
    }

    /** The version 1 content from the other columns, completed with these, read from {@code first}. */
    static Assessment read(ResultSet row, int first, Assessment version1) throws SQLException {
        String uuid = row.getString(first);
        Language language = Language.ofCode(row.getString(first + 1)).orElse(Language.NB);
        String meetingDate = row.getString(first + 3);
        String reviewStatus = row.getString(first + 4);
        String reviewDate = row.getString(first + 6);
        Review review = reviewStatus == null ? null : new Review(ReviewStatus.valueOf(reviewStatus),
                row.getString(first + 5), reviewDate == null ? null : LocalDate.parse(reviewDate), row.getString(first + 7));
        return version1
                .withCaseInfo(version1.caseInfo().withCommittee(row.getString(first + 2))
                        .withMeetingDate(meetingDate == null ? null : LocalDate.parse(meetingDate)))
                .withId(uuid == null ? null : UUID.fromString(uuid))
                .withLanguage(language)
                .withReview(review);
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
