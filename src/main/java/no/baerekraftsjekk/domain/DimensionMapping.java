package no.baerekraftsjekk.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Which dimension each goal sits in. Data, not code: organisations group the goals differently, so a
 * mapping file may replace the default. A goal may sit in no dimension (by default goal 17).
 */
public final class DimensionMapping {
    private static final DimensionMapping DEFAULT = fromTable(Tsv.resource("reference/goals.tsv"));

    /** The value in a mapping file for a goal that sits in no dimension (by default goal 17). */
    public static final String NO_DIMENSION = "CROSS_CUTTING";

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

    /**
     * Reads an organisation's own mapping file (UTF-8, tab-separated, a header row with at least the
     * columns {@code goal} and {@code dimension}, like {@code goals.tsv}). Stricter than
     * {@link #read(Reader)}: a file someone edited by hand must say exactly what it means, so every
     * goal 1–17 must appear once, and a dimension must be ENVIRONMENT, SOCIAL, ECONOMIC,
     * CROSS_CUTTING or empty (the last two: no dimension). A typo must not silently move a goal out of
     * its dimension.
     *
     * @throws InvalidMappingException with a Norwegian message naming the file and the line
     * @throws IOException when the file cannot be read
     */
    /** 17 lines fit in far less; a larger file is not a mapping. */
    static final long MAX_FILE_BYTES = 64 * 1024;
    private static final int SHOWN_CHARACTERS = 40;

    public static DimensionMapping loadFrom(Path file) throws IOException {
        List<String> lines;
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new InvalidMappingException(file, 0, Message.of("analysis.mapping.tooLarge", file, MAX_FILE_BYTES / 1024));
        }
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidMappingException(file, 0, Message.of("analysis.mapping.notUtf8", file));
        } catch (IOException e) {
            throw new InvalidMappingException(file, 0, Message.of("analysis.mapping.unreadable", file, String.valueOf(e.getMessage())), e);
        }
        return parseStrict(file, lines);
    }

    /** A cell as a message may quote it: a 50 MB line is not echoed whole. */
    private static String shown(String cell) {
        return cell.codePointCount(0, cell.length()) <= SHOWN_CHARACTERS ? cell
                : cell.substring(0, cell.offsetByCodePoints(0, SHOWN_CHARACTERS)) + "…";
    }

    private static DimensionMapping parseStrict(Path file, List<String> lines) throws InvalidMappingException {
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new InvalidMappingException(file, 1, Message.of("analysis.mapping.empty", file));
        }
        String headerLine = lines.getFirst();
        List<String> header = Arrays.stream(stripBom(headerLine).split("\t", -1)).map(String::trim).toList();
        int goalColumn = column(file, header, "goal");
        int dimensionColumn = column(file, header, "dimension");
        Map<Integer, Dimension> map = new HashMap<>();
        Map<Integer, Integer> lineOfGoal = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String goalCell = cell(cells, goalColumn);
            String dimensionCell = cell(cells, dimensionColumn);
            int goal = parseGoal(goalCell);
            if (goal < 0) {
                throw new InvalidMappingException(file, lineNumber,
                        Message.of("analysis.mapping.badGoal", file, lineNumber, shown(goalCell)));
            }
            Integer earlier = lineOfGoal.putIfAbsent(goal, lineNumber);
            if (earlier != null) {
                throw new InvalidMappingException(file, lineNumber,
                        Message.of("analysis.mapping.duplicateGoal", file, lineNumber, goal, earlier));
            }
            if (!dimensionCell.isEmpty() && !dimensionCell.equalsIgnoreCase(NO_DIMENSION)) {
                Dimension dimension = parseDimension(dimensionCell).orElseThrow(() -> new InvalidMappingException(
                        file, lineNumber, Message.of("analysis.mapping.badDimension", file, lineNumber, shown(dimensionCell))));
                map.put(goal, dimension);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (!lineOfGoal.containsKey(goal)) {
                missing.add(goal);
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw new InvalidMappingException(file, 0, Message.of("analysis.mapping.missingGoals", file, list));
        }
        return new DimensionMapping(map);
    }

    private static int column(Path file, List<String> header, String name) throws InvalidMappingException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InvalidMappingException(file, 1, Message.of("analysis.mapping.missingColumn", file, name));
        }
        return index;
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index].trim() : "";
    }

    /** The goal number, or -1 when the cell is not one. */
    private static int parseGoal(String cell) {
        if (!cell.matches("\\d{1,2}")) {
            return -1;
        }
        int goal = Integer.parseInt(cell);
        return Goal.isValidNumber(goal) ? goal : -1;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
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
