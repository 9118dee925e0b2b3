package no.baerekraftsjekk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.format.AlternativesJson;

/**
 * The columns of a case's alternatives and recommendation (migration V8). The alternatives are one
 * JSON document in the file's own form, NULL for a single assessment.
 */
final class AlternativeColumns {
    static final String COLUMNS = "alternatives, recommended_alternative, recommendation_reason";
    static final String PLACEHOLDERS = "?,?,?";

    private AlternativeColumns() {
    }

    /** Binds the columns in {@link #COLUMNS}' order from {@code first}; returns the next index. */
    static int bind(PreparedStatement statement, int first, Assessment a) throws SQLException {
        if (a.hasAlternatives()) {
            statement.setString(first, AlternativesJson.write(a.alternatives()));
        } else {
            statement.setNull(first, Types.VARCHAR);
        }
        Recommendation recommendation = a.recommendation();
        statement.setString(first + 1, recommendation == null ? "" : recommendation.alternative());
        statement.setString(first + 2, recommendation == null ? "" : recommendation.reason());
        return first + 3;
    }

    /** The assessment read so far completed with its alternatives, read from {@code first}. */
    static Assessment read(ResultSet row, int first, Assessment withoutAlternatives) throws SQLException {
        String json = row.getString(first);
        if (json == null) {
            return withoutAlternatives;
        }
        List<Alternative> alternatives = AlternativesJson.read(json);
        return withoutAlternatives.withAlternatives(alternatives)
                .withRecommendation(new Recommendation(row.getString(first + 1), row.getString(first + 2)));
    }
}
