package no.baerekraftsjekk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;

/**
 * Reads every assessment not deleted, in id order, with four queries in all instead of four per
 * assessment: each table is read once in id order and the rows are joined as they come (a merge
 * join). For work over the whole library, such as the portfolio; one assessment is held at a time.
 * It maps the same columns as {@link AssessmentRows}; a column added there belongs here too.
 */
final class AssessmentScan {

    void forEach(Connection db, Consumer<StoredAssessment> action) throws SQLException {
        try (PreparedStatement cases = db.prepareStatement("SELECT id, title, case_number, case_type, organisation, unit, "
                + "caseworker, case_date, description, exemption_basis, collaboration, conclusion, status, created_at, changed_at "
                + "FROM assessment WHERE deleted_at IS NULL ORDER BY id");
             PreparedStatement goals = db.prepareStatement("SELECT assessment_id, goal, relevance, positive, negative, "
                     + "certainty, horizon, targets, justification, measures FROM goal_assessment ORDER BY assessment_id, goal");
             PreparedStatement texts = db.prepareStatement(
                     "SELECT assessment_id, dimension, text FROM dimension_text ORDER BY assessment_id");
             PreparedStatement handlings = db.prepareStatement("SELECT assessment_id, goal_a, goal_b, handling, mitigation "
                     + "FROM conflict_handling ORDER BY assessment_id, goal_a, goal_b");
             ResultSet caseRows = cases.executeQuery();
             ResultSet goalRows = goals.executeQuery();
             ResultSet textRows = texts.executeQuery();
             ResultSet handlingRows = handlings.executeQuery()) {
            Cursor goalCursor = new Cursor(goalRows);
            Cursor textCursor = new Cursor(textRows);
            Cursor handlingCursor = new Cursor(handlingRows);
            while (caseRows.next()) {
                long id = caseRows.getLong(1);
                Map<Integer, GoalAssessment> goalMap = new TreeMap<>();
                while (goalCursor.at(id)) {
                    ResultSet r = goalRows;
                    String certainty = r.getString(6);
                    String horizon = r.getString(7);
                    String targets = r.getString(8);
                    goalMap.put(r.getInt(2), new GoalAssessment(r.getInt(2), Relevance.valueOf(r.getString(3)),
                            r.getInt(4), r.getInt(5),
                            certainty == null ? null : Certainty.valueOf(certainty),
                            horizon == null ? null : Horizon.valueOf(horizon),
                            targets.isEmpty() ? List.of() : Arrays.asList(targets.split(",")),
                            r.getString(9), r.getString(10)));
                    goalCursor.advance();
                }
                Map<Dimension, String> textMap = new EnumMap<>(Dimension.class);
                while (textCursor.at(id)) {
                    textMap.put(Dimension.valueOf(textRows.getString(2)), textRows.getString(3));
                    textCursor.advance();
                }
                List<ConflictHandling> handlingList = new ArrayList<>();
                while (handlingCursor.at(id)) {
                    int b = handlingRows.getInt(3);
                    List<Integer> pair = b == 0 ? List.of(handlingRows.getInt(2)) : List.of(handlingRows.getInt(2), b);
                    handlingList.add(new ConflictHandling(pair, handlingRows.getString(4), handlingRows.getString(5)));
                    handlingCursor.advance();
                }
                String date = caseRows.getString(8);
                CaseInfo info = new CaseInfo(caseRows.getString(2), caseRows.getString(3), CaseType.valueOf(caseRows.getString(4)),
                        caseRows.getString(5), caseRows.getString(6), caseRows.getString(7),
                        date == null ? null : LocalDate.parse(date), caseRows.getString(9), caseRows.getString(10));
                Assessment assessment = new Assessment(info, goalMap, textMap, handlingList,
                        caseRows.getString(11), caseRows.getString(12), Status.valueOf(caseRows.getString(13)));
                action.accept(new StoredAssessment(id, assessment, Instant.parse(caseRows.getString(14)),
                        Instant.parse(caseRows.getString(15))));
            }
        }
    }

    /**
     * A child table's rows in assessment order. Rows of deleted assessments are skipped on the way,
     * as their ids never come up among the cases.
     */
    private static final class Cursor {
        private final ResultSet rows;
        private boolean more;

        Cursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.more = rows.next();
        }

        /** Moves past rows of lower ids; true when the current row belongs to {@code id}. */
        boolean at(long id) throws SQLException {
            while (more && rows.getLong(1) < id) {
                more = rows.next();
            }
            return more && rows.getLong(1) == id;
        }

        void advance() throws SQLException {
            more = rows.next();
        }
    }
}
