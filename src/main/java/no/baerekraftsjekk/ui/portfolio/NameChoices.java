package no.baerekraftsjekk.ui.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.portfolio.GroupRow;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.Selection;

/**
 * The units or committees a filter can choose among: every name key in the library with the
 * spelling most of its cases use. One pass over the cases, without counting anything else.
 */
final class NameChoices {
    private NameChoices() {
    }

    static List<GroupRow> of(List<PortfolioEntry> entries, Grouping grouping) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (PortfolioEntry e : entries) {
            String key = grouping.keyOf(e);
            if (!key.isEmpty()) {
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(grouping.nameOf(e).strip(), 1, Integer::sum);
            }
        }
        List<GroupRow> rows = new ArrayList<>();
        spellings.forEach((key, names) -> {
            String name = names.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(key);
            int cases = names.values().stream().mapToInt(Integer::intValue).sum();
            rows.add(new GroupRow(key, name, new Selection.InGroup(grouping, key), cases, Map.of(), 0, 0, 0));
        });
        rows.sort(Comparator.comparing(GroupRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }
}
