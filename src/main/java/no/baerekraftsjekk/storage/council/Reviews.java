package no.baerekraftsjekk.storage.council;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.ReviewStep;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.AssessmentSummary;

/**
 * A leader's review in the council library, as far as it lives beside the document: the list of
 * assessments waiting for the connected leader ("Til kvalitetssikring"), the comments, and what
 * the database knows of authors and approval. The review's status itself is in the document
 * ({@code review}) and changes with a save; the database checks who may change it.
 */
public final class Reviews {
    private final PostgresLibrary library;

    public Reviews(PostgresLibrary library) {
        this.library = library;
    }

    /** Assessments asking for review in the units the connected user leads, oldest request first. */
    public List<AssessmentSummary> awaiting() {
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT id, title, case_number, case_type, unit, status, created_at, changed_at "
                    + "FROM assessment WHERE deleted_at IS NULL AND review_status = 'REQUESTED' "
                    + "AND baerekraft_leads(current_user, unit) ORDER BY changed_at, id")) {
                List<AssessmentSummary> result = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        result.add(new AssessmentSummary(row.getLong(1), row.getString(2), row.getString(3),
                                CaseType.valueOf(row.getString(4)), row.getString(5), Status.valueOf(row.getString(6)),
                                PostgresLibrary.instant(row, 7), PostgresLibrary.instant(row, 8)));
                    }
                }
                return result;
            }
        });
    }

    /** The comments on an assessment, oldest first. */
    public List<ReviewComment> comments(long assessmentId) {
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT id, step, goal, text, author_login, author_name, written_at "
                    + "FROM review_comment WHERE assessment_id = ? ORDER BY written_at, id")) {
                query.setLong(1, assessmentId);
                List<ReviewComment> result = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        int goal = row.getInt(3);
                        result.add(new ReviewComment(row.getLong(1), assessmentId, ReviewStep.valueOf(row.getString(2)),
                                row.wasNull() ? OptionalInt.empty() : OptionalInt.of(goal), row.getString(4), row.getString(5),
                                row.getString(6), PostgresLibrary.instant(row, 7)));
                    }
                }
                return result;
            }
        });
    }

    /** Adds a comment as the connected user, shown under {@code authorName}; only a leader of the unit may. */
    public ReviewComment comment(long assessmentId, ReviewStep step, OptionalInt goal, String text, String authorName) {
        return library.write(db -> {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO review_comment (assessment_id, step, goal, text, author_name) "
                    + "VALUES (?, ?, ?, ?, ?) RETURNING id, author_login, written_at")) {
                insert.setLong(1, assessmentId);
                insert.setString(2, step.name());
                if (goal.isPresent()) {
                    insert.setInt(3, goal.getAsInt());
                } else {
                    insert.setNull(3, Types.INTEGER);
                }
                insert.setString(4, text);
                insert.setString(5, authorName);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return new ReviewComment(row.getLong(1), assessmentId, step, goal, text, row.getString(2), authorName,
                            PostgresLibrary.instant(row, 3));
                }
            }
        });
    }

    /** Owner, authors and approval as the database keeps them; empty when the assessment is not visible. */
    public Optional<ReviewState> state(long assessmentId) {
        return library.read(db -> {
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT owner_login, authors, approved_by, approved_at FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
                query.setLong(1, assessmentId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ReviewState(assessmentId, row.getString(1), CouncilUsers.strings(row.getArray(2)),
                            Optional.ofNullable(row.getString(3)), Optional.ofNullable(PostgresLibrary.instant(row, 4))));
                }
            }
        });
    }
}
