package no.baerekraftsjekk.storage.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search text of assessments stored before V2. In Java because SQLite's lower() only
 * lower-cases ASCII letters; must match {@code storage.SearchText} closely enough to find them.
 */
public final class V3__FillSearchText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Map<Long, StringBuilder> texts = new LinkedHashMap<>();
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, title, case_number, unit, organisation, caseworker, "
                        + "description, collaboration, conclusion FROM assessment")) {
            while (rows.next()) {
                StringBuilder text = new StringBuilder();
                for (int column = 2; column <= 9; column++) {
                    text.append(rows.getString(column)).append('\n');
                }
                texts.put(rows.getLong(1), text);
            }
        }
        appendColumn(db, texts, "SELECT assessment_id, justification || char(10) || measures FROM goal_assessment");
        appendColumn(db, texts, "SELECT assessment_id, text FROM dimension_text");
        appendColumn(db, texts, "SELECT assessment_id, handling || char(10) || mitigation FROM conflict_handling");
        try (PreparedStatement update = db.prepareStatement("UPDATE assessment SET search_text = ? WHERE id = ?")) {
            for (var entry : texts.entrySet()) {
                update.setString(1, entry.getValue().toString().toLowerCase(Locale.ROOT));
                update.setLong(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void appendColumn(Connection db, Map<Long, StringBuilder> texts, String sql) throws Exception {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                StringBuilder text = texts.get(rows.getLong(1));
                if (text != null) {
                    text.append(rows.getString(2)).append('\n');
                }
            }
        }
    }
}
