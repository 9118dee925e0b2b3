package no.baerekraftsjekk.storage.council;

import java.util.List;
import no.baerekraftsjekk.storage.SearchText;

/**
 * The WHERE clause of a search: every word of the query must be part of the search text, as in
 * the local library. Words are lower-cased in Java (Norwegian letters too) to match the column,
 * and LIKE's own characters in them are escaped so "50%" means fifty percent.
 */
record SearchFilter(String sql, List<String> patterns) {

    static SearchFilter of(String query) {
        List<String> words = SearchText.words(query == null ? "" : NulFree.text(query));
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND search_text LIKE ? ESCAPE '\\'");
        }
        return new SearchFilter(sql.toString(), words.stream().map(w -> "%" + escape(w) + "%").toList());
    }

    static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
