package no.baerekraftsjekk.domain.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where names written by hand may mean the same unit or committee: spellings that already group
 * together ({@link NameKey}) but are stored differently, and names whose keys differ by a typing
 * slip (one or two letters, or only punctuation). A suggestion for a person, who decides and merges.
 */
public final class SimilarNames {
    private static final int MAX_EDITS = 2;
    /** Below this length two letters' difference is another word ("Plan" and "Vann"), not a slip. */
    private static final int MIN_LENGTH = 6;

    /**
     * @param spellings the spellings in the library, among which to look
     * @return groups of two or more spellings that may be one name, each sorted, in sort order
     */
    public List<List<String>> find(Collection<String> spellings) {
        Map<String, Set<String>> byKey = new TreeMap<>();
        for (String spelling : spellings) {
            String key = NameKey.of(spelling);
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(spelling);
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        // Union-find over keys: near keys join one group, so "a~b" and "b~c" suggest a, b and c together.
        int[] parent = new int[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (near(keys.get(i), keys.get(j))) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, Set<String>> groups = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new TreeSet<>()).addAll(byKey.get(keys.get(i)));
        }
        List<List<String>> result = new ArrayList<>();
        for (Set<String> group : groups.values()) {
            if (group.size() > 1) {
                result.add(List.copyOf(group));
            }
        }
        result.sort((a, b) -> a.getFirst().compareTo(b.getFirst()));
        return result;
    }

    static boolean near(String a, String b) {
        String lettersA = a.replaceAll("[^\\p{L}\\p{N}]", "");
        String lettersB = b.replaceAll("[^\\p{L}\\p{N}]", "");
        if (!lettersA.isEmpty() && lettersA.equals(lettersB)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < MIN_LENGTH || Math.abs(a.length() - b.length()) > MAX_EDITS) {
            return false;
        }
        return editDistance(a, b) <= MAX_EDITS;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Levenshtein distance, two rows at a time. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
