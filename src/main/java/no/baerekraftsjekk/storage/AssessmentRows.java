package no.baerekraftsjekk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

/** Maps an assessment to its rows and back. Callers hold the transaction. */
final class AssessmentRows {
    private static final String CASE_COLUMNS = "title, case_number, case_type, organisation, unit, caseworker, case_date, "
            + "description, exemption_basis, collaboration, conclusion, status, search_text";
    /** The fields format version 2 added (migration V5), bound and read by {@link Version2Columns}. */
    private static final String VERSION_2_COLUMNS = Version2Columns.COLUMNS + ", " + AlternativeColumns.COLUMNS;

    long insert(Connection db, Assessment a, Instant now) throws SQLException {
        String sql = "INSERT INTO assessment (" + CASE_COLUMNS + ", created_at, changed_at, " + VERSION_2_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?," + Version2Columns.PLACEHOLDERS + "," + AlternativeColumns.PLACEHOLDERS + ")";
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int next = bindCase(insert, a);
            insert.setString(next, now.toString());
            insert.setString(next + 1, now.toString());
            AlternativeColumns.bind(insert, Version2Columns.bind(insert, next + 2, a), a);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                insertChildren(db, id, a);
                return id;
            }
        }
    }

    /** Replaces the stored assessment; empty when there is no such assessment. Returns when it was created. */
    Optional<Instant> update(Connection db, long id, Assessment a, Instant now) throws SQLException {
        Optional<Instant> created = createdAt(db, id);
        if (created.isEmpty()) {
            return created;
        }
        String sql = "UPDATE assessment SET (" + CASE_COLUMNS + ", changed_at, " + VERSION_2_COLUMNS
                + ") = (?,?,?,?,?,?,?,?,?,?,?,?,?,?," + Version2Columns.PLACEHOLDERS_KEEPING_ID + ","
                + AlternativeColumns.PLACEHOLDERS + ") WHERE id = ?";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            int next = bindCase(update, a);
            update.setString(next, now.toString());
            next = AlternativeColumns.bind(update, Version2Columns.bind(update, next + 1, a), a);
            update.setLong(next, id);
            update.executeUpdate();
        }
        for (String table : List.of("goal_assessment", "dimension_text", "conflict_handling", "hint_dismissal")) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE assessment_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
        insertChildren(db, id, a);
        return created;
    }

    Optional<StoredAssessment> load(Connection db, long id) throws SQLException {
        String sql = "SELECT " + CASE_COLUMNS + ", created_at, changed_at, " + VERSION_2_COLUMNS
                + ", version, changed_by FROM assessment WHERE id = ? AND deleted_at IS NULL";
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String date = row.getString(7);
                CaseInfo info = new CaseInfo(row.getString(1), row.getString(2), CaseType.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5), row.getString(6), date == null ? null : LocalDate.parse(date),
                        row.getString(8), row.getString(9));
                Assessment assessment = AlternativeColumns.read(row, 24, LibraryOnlyRows.read(db, id, Version2Columns.read(row, 16, new Assessment(info,
                        goals(db, id), dimensions(db, id), handlings(db, id), row.getString(10), row.getString(11),
                        Status.valueOf(row.getString(12))))));
                return Optional.of(new StoredAssessment(id, assessment, Instant.parse(row.getString("created_at")),
                        Instant.parse(row.getString("changed_at")), row.getLong("version"), row.getString("changed_by")));
            }
        }
    }

    /** Which version of an assessment is stored, who made it and when. */
    record StoredVersion(long number, String changedBy, Instant changedAt) {
    }

    /** The stored version of an assessment not in the bin; empty when there is none. */
    Optional<StoredVersion> version(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT version, changed_by, changed_at FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredVersion(row.getLong(1), row.getString(2), Instant.parse(row.getString(3))))
                        : Optional.empty();
            }
        }
    }

    private static Optional<Instant> createdAt(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT created_at FROM assessment WHERE id = ? AND deleted_at IS NULL")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Instant.parse(row.getString(1))) : Optional.empty();
            }
        }
    }

    private static int bindCase(PreparedStatement statement, Assessment a) throws SQLException {
        CaseInfo info = a.caseInfo();
        statement.setString(1, info.title());
        statement.setString(2, info.caseNumber());
        statement.setString(3, info.caseType().name());
        statement.setString(4, info.organisation());
        statement.setString(5, info.unit());
        statement.setString(6, info.caseworker());
        setNullable(statement, 7, info.date() == null ? null : info.date().toString());
        statement.setString(8, info.description());
        setNullable(statement, 9, info.exemptionBasis());
        statement.setString(10, a.collaboration());
        statement.setString(11, a.conclusion());
        statement.setString(12, a.status().name());
        statement.setString(13, SearchText.of(a));
        return 14;
    }

    private static void insertChildren(Connection db, long id, Assessment a) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO goal_assessment (assessment_id, goal, relevance, "
                + "positive, negative, certainty, horizon, targets, justification, measures) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (GoalAssessment g : a.goals().values()) {
                insert.setLong(1, id);
                insert.setInt(2, g.goal());
                insert.setString(3, g.relevance().name());
                insert.setInt(4, g.positive());
                insert.setInt(5, g.negative());
                setNullable(insert, 6, g.certainty() == null ? null : g.certainty().name());
                setNullable(insert, 7, g.horizon() == null ? null : g.horizon().name());
                insert.setString(8, String.join(",", g.targets()));
                insert.setString(9, g.justification());
                insert.setString(10, g.measures());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO dimension_text (assessment_id, dimension, text) VALUES (?,?,?)")) {
            for (var entry : a.dimensionTexts().entrySet()) {
                insert.setLong(1, id);
                insert.setString(2, entry.getKey().name());
                insert.setString(3, entry.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO conflict_handling (assessment_id, goal_a, goal_b, "
                + "handling, mitigation) VALUES (?,?,?,?,?)")) {
            for (ConflictHandling c : a.conflicts()) {
                insert.setLong(1, id);
                insert.setInt(2, c.goals().get(0));
                insert.setInt(3, c.goals().size() > 1 ? c.goals().get(1) : 0);
                insert.setString(4, c.handling());
                insert.setString(5, c.mitigation());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        LibraryOnlyRows.write(db, id, a);
    }

    private static Map<Integer, GoalAssessment> goals(Connection db, long id) throws SQLException {
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT goal, relevance, positive, negative, certainty, horizon, "
                + "targets, justification, measures FROM goal_assessment WHERE assessment_id = ? ORDER BY goal")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String certainty = row.getString(5);
                    String horizon = row.getString(6);
                    String targets = row.getString(7);
                    goals.put(row.getInt(1), new GoalAssessment(row.getInt(1), Relevance.valueOf(row.getString(2)),
                            row.getInt(3), row.getInt(4),
                            certainty == null ? null : Certainty.valueOf(certainty),
                            horizon == null ? null : Horizon.valueOf(horizon),
                            targets.isEmpty() ? List.of() : Arrays.asList(targets.split(",")),
                            row.getString(8), row.getString(9)));
                }
            }
        }
        return goals;
    }

    private static Map<Dimension, String> dimensions(Connection db, long id) throws SQLException {
        Map<Dimension, String> texts = new EnumMap<>(Dimension.class);
        try (PreparedStatement query = db.prepareStatement("SELECT dimension, text FROM dimension_text WHERE assessment_id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    texts.put(Dimension.valueOf(row.getString(1)), row.getString(2));
                }
            }
        }
        return texts;
    }

    private static List<ConflictHandling> handlings(Connection db, long id) throws SQLException {
        List<ConflictHandling> handlings = new java.util.ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT goal_a, goal_b, handling, mitigation FROM conflict_handling "
                + "WHERE assessment_id = ? ORDER BY goal_a, goal_b")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    int b = row.getInt(2);
                    List<Integer> goals = b == 0 ? List.of(row.getInt(1)) : List.of(row.getInt(1), b);
                    handlings.add(new ConflictHandling(goals, row.getString(3), row.getString(4)));
                }
            }
        }
        return handlings;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
