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
        // A counter per spelling rather than a boxed number made anew for each of 100 000 cases.
        Map<String, Map<String, int[]>> counters = new HashMap<>();
        for (PortfolioEntry e : entries) {
            String key = grouping.keyOf(e);
            if (!key.isEmpty()) {
                counters.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(grouping.nameOf(e).strip(), k -> new int[1])[0]++;
            }
        }
        List<GroupRow> rows = new ArrayList<>();
        counters.forEach((key, counted) -> {
            Map<String, Integer> names = new HashMap<>();
            counted.forEach((name, n) -> names.put(name, n[0]));
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
