package no.baerekraftsjekk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.HintDismissal;

/**
 * What the library keeps of an assessment beyond the {@code .bkj} format (migration V7): the hints
 * marked «Vurdert – ikke aktuelt» and the one note on all small conflicts. Written and read beside
 * the other rows of the assessment, in the caller's transaction.
 */
final class LibraryOnlyRows {
    private LibraryOnlyRows() {
    }

    /** Writes them for an assessment whose earlier dismissals (if any) are already deleted. */
    static void write(Connection db, long id, Assessment a) throws SQLException {
        try (PreparedStatement note = db.prepareStatement("UPDATE assessment SET minor_conflicts_note = ? WHERE id = ?")) {
            note.setString(1, a.minorConflictsNote());
            note.setLong(2, id);
            note.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO hint_dismissal (assessment_id, goal_a, goal_b, "
                + "overlooked_goal, reason) VALUES (?,?,?,?,?)")) {
            for (HintDismissal d : a.dismissedHints()) {
                insert.setLong(1, id);
                insert.setInt(2, d.goals().get(0));
                insert.setInt(3, d.goals().get(1));
                insert.setInt(4, d.overlookedGoal());
                insert.setString(5, d.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Assessment read(Connection db, long id, Assessment a) throws SQLException {
        String note = "";
        try (PreparedStatement query = db.prepareStatement("SELECT minor_conflicts_note FROM assessment WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    note = row.getString(1);
                }
            }
        }
        List<HintDismissal> dismissals = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT goal_a, goal_b, overlooked_goal, reason FROM hint_dismissal "
                + "WHERE assessment_id = ? ORDER BY goal_a, goal_b, overlooked_goal")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    dismissals.add(new HintDismissal(List.of(row.getInt(1), row.getInt(2)), row.getInt(3), row.getString(4)));
                }
            }
        }
        return a.withDismissedHints(dismissals).withMinorConflictsNote(note);
    }
}
