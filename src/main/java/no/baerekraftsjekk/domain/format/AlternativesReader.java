package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.Recommendation;

/**
 * Reads and checks the {@code alternatives} and {@code recommendation} of a version 2 file: 2 to 5
 * alternatives with unique labels, at most one zero alternative, each with the goals, dimensions and
 * conflicts of a version 1 file under its own path, and a recommendation naming one of them.
 */
final class AlternativesReader {
    private static final Set<String> FIELDS = Set.of("label", "zero", "description", "goals", "dimensions", "conflicts",
            "conclusion");
    private static final Set<String> RECOMMENDATION_FIELDS = Set.of("alternative", "reason");
    /** Beside alternatives these must be absent: each alternative holds its own. */
    private static final List<String> ONLY_IN_ALTERNATIVES = List.of("goals", "dimensions", "conflicts");

    private final FieldReader fields;
    private final GoalCatalog catalog;

    AlternativesReader(FieldReader fields, GoalCatalog catalog) {
        this.fields = fields;
        this.catalog = catalog;
    }

    /** The alternatives, or an empty list when the file has none (or they are invalid: the errors are recorded). */
    List<Alternative> read(JsonNode root) {
        JsonNode array = fields.array(root, "", "alternatives");
        if (array == null) {
            return List.of();
        }
        for (String field : ONLY_IN_ALTERNATIVES) {
            if (!FieldReader.absent(root, field)) {
                fields.error(field, "alternatives.format.error.besideAlternatives", field);
            }
        }
        if (array.size() < Assessment.MIN_ALTERNATIVES || array.size() > Assessment.MAX_ALTERNATIVES) {
            fields.error("alternatives", "alternatives.format.error.count", array.size(), Assessment.MIN_ALTERNATIVES,
                    Assessment.MAX_ALTERNATIVES);
        }
        List<Alternative> alternatives = new ArrayList<>();
        Map<String, Integer> labels = new HashMap<>();
        int zeroAt = -1;
        int errorsBefore = fields.errorCount();
        for (int i = 0; i < array.size(); i++) {
            String path = FieldReader.index("alternatives", i);
            JsonNode entry = array.get(i);
            if (!entry.isObject()) {
                fields.error(path, "format.error.notObject");
                continue;
            }
            Alternative alternative = readEntry(entry, path);
            if (alternative == null) {
                continue;
            }
            Integer earlier = labels.putIfAbsent(alternative.labelKey(), i);
            if (earlier != null) {
                fields.error(FieldReader.path(path, "label"), "alternatives.format.error.labelDuplicate",
                        alternative.label().strip(), FieldReader.index("alternatives", earlier));
            }
            if (alternative.zero()) {
                if (zeroAt >= 0) {
                    fields.error(FieldReader.path(path, "zero"), "alternatives.format.error.twoZero",
                            FieldReader.index("alternatives", zeroAt));
                } else {
                    zeroAt = i;
                }
            }
            alternatives.add(alternative);
        }
        return fields.errorCount() > errorsBefore ? List.of() : alternatives;
    }

    /**
     * The recommendation, or null when absent or invalid. Only with alternatives, and naming one of
     * them; {@code alternatives} is what {@link #read} found (empty when the file has none or they are invalid).
     */
    Recommendation recommendation(JsonNode root, List<Alternative> alternatives) {
        JsonNode node = fields.object(root, "", "recommendation", false);
        if (node == null) {
            return null;
        }
        if (FieldReader.absent(root, "alternatives")) {
            fields.error("recommendation", "alternatives.format.error.recommendationWithout");
            return null;
        }
        fields.warnUnknownFields(node, "recommendation", RECOMMENDATION_FIELDS);
        int errorsBefore = fields.errorCount();
        String alternative = requiredString(node, "recommendation", "alternative");
        String reason = fields.optionalString(node, "recommendation", "reason");
        if (alternative != null && !alternatives.isEmpty()) {
            String key = Alternative.labelKey(alternative);
            if (alternatives.stream().noneMatch(a -> a.labelKey().equals(key))) {
                fields.error("recommendation.alternative", "alternatives.format.error.recommendationUnknown", alternative,
                        String.join(", ", alternatives.stream().map(Alternative::label).toList()));
            }
        }
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        return new Recommendation(alternative, reason);
    }

    private Alternative readEntry(JsonNode entry, String path) {
        fields.warnUnknownFields(entry, path, FIELDS);
        int errorsBefore = fields.errorCount();
        String label = requiredString(entry, path, "label");
        if (label != null) {
            String trimmed = label.strip();
            if (trimmed.isEmpty()) {
                fields.error(FieldReader.path(path, "label"), "alternatives.format.error.labelEmpty");
            } else if (Alternative.labelTooLong(trimmed)) {
                fields.error(FieldReader.path(path, "label"), "alternatives.format.error.labelTooLong",
                        Alternative.MAX_LABEL_LENGTH);
            }
        }
        boolean zero = bool(entry, path, "zero");
        String description = fields.optionalString(entry, path, "description");
        var goals = new GoalsReader(fields, catalog, 2).read(entry, path);
        var dimensions = new DimensionsReader(fields).read(entry, path);
        var conflicts = new ConflictsReader(fields).read(entry, path);
        String conclusion = fields.optionalString(entry, path, "conclusion");
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        return new Alternative(label.strip(), zero, description, goals, dimensions, conflicts, conclusion);
    }

    private String requiredString(JsonNode node, String parent, String field) {
        if (FieldReader.absent(node, field)) {
            fields.error(FieldReader.path(parent, field), "format.error.required");
            return null;
        }
        return fields.string(node.get(field), FieldReader.path(parent, field));
    }

    private boolean bool(JsonNode node, String parent, String field) {
        if (FieldReader.absent(node, field)) {
            return false;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            fields.error(FieldReader.path(parent, field), "alternatives.format.error.notBoolean", value.toString());
            return false;
        }
        return value.booleanValue();
    }
}
