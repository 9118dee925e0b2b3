package no.baerekraftsjekk.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which dimension each goal sits in. Data, not code: organisations group the goals differently, so a
 * mapping file may replace the default. A goal may sit in no dimension (by default goal 17).
 */
public final class DimensionMapping {
    private static final DimensionMapping DEFAULT = fromTable(Tsv.resource("reference/goals.tsv"));

    private final Map<Integer, Dimension> dimensionOfGoal;

    private DimensionMapping(Map<Integer, Dimension> dimensionOfGoal) {
        this.dimensionOfGoal = Map.copyOf(dimensionOfGoal);
    }

    public static DimensionMapping standard() {
        return DEFAULT;
    }

    /**
     * Reads a mapping table with at least the columns {@code goal} and {@code dimension}; a dimension
     * other than ENVIRONMENT, SOCIAL or ECONOMIC (for example CROSS_CUTTING or empty) means none.
     */
    public static DimensionMapping read(Reader source) throws IOException {
        return fromTable(Tsv.read(source));
    }

    public static DimensionMapping of(Map<Integer, Dimension> dimensionOfGoal) {
        return new DimensionMapping(dimensionOfGoal);
    }

    private static DimensionMapping fromTable(Tsv table) {
        Map<Integer, Dimension> map = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            String goalCell = row.get("goal");
            String dimensionCell = row.getOrDefault("dimension", "");
            if (goalCell == null) {
                throw new IllegalArgumentException("The mapping has no column named goal");
            }
            int goal = Integer.parseInt(goalCell);
            if (!Goal.isValidNumber(goal)) {
                throw new IllegalArgumentException("No goal " + goal);
            }
            parseDimension(dimensionCell).ifPresent(d -> map.put(goal, d));
        }
        return new DimensionMapping(map);
    }

    private static Optional<Dimension> parseDimension(String cell) {
        for (Dimension d : Dimension.values()) {
            if (d.name().equalsIgnoreCase(cell)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public Optional<Dimension> dimensionOf(int goal) {
        return Optional.ofNullable(dimensionOfGoal.get(goal));
    }

    public Map<Dimension, java.util.List<Integer>> goalsByDimension() {
        Map<Dimension, java.util.List<Integer>> result = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            result.put(d, dimensionOfGoal.entrySet().stream().filter(e -> e.getValue() == d)
                    .map(Map.Entry::getKey).sorted().toList());
        }
        return result;
    }
}
