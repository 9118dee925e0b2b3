package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Goal;

/** Reads and checks the {@code conflicts} array: the caseworker's handling of each conflict. */
final class ConflictsReader {
    private static final Set<String> FIELDS = Set.of("goals", "handling", "mitigation");

    private final FieldReader fields;

    ConflictsReader(FieldReader fields) {
        this.fields = fields;
    }

    List<ConflictHandling> read(JsonNode root) {
        return read(root, "");
    }

    /** The {@code conflicts} of {@code parent} at {@code parentPath} ("" for the file, "alternatives[1]" for an alternative). */
    List<ConflictHandling> read(JsonNode parent, String parentPath) {
        List<ConflictHandling> handlings = new ArrayList<>();
        JsonNode array = fields.array(parent, parentPath, "conflicts");
        if (array == null) {
            return handlings;
        }
        Set<List<Integer>> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = FieldReader.index(FieldReader.path(parentPath, "conflicts"), i);
            JsonNode entry = array.get(i);
            if (!entry.isObject()) {
                fields.error(path, "format.error.notObject");
                continue;
            }
            fields.warnUnknownFields(entry, path, FIELDS);
            List<Integer> goals = goals(entry, FieldReader.path(path, "goals"));
            String handling = fields.optionalString(entry, path, "handling");
            String mitigation = fields.optionalString(entry, path, "mitigation");
            if (goals == null || handling == null || mitigation == null) {
                continue;
            }
            if (!seen.add(goals)) {
                fields.error(FieldReader.path(path, "goals"), "format.error.conflictDuplicate", goals.toString());
                continue;
            }
            handlings.add(new ConflictHandling(goals, handling, mitigation));
        }
        return handlings;
    }

    private List<Integer> goals(JsonNode entry, String path) {
        JsonNode value = entry.get("goals");
        if (value == null || value.isNull()) {
            fields.error(path, "format.error.required");
            return null;
        }
        if (!value.isArray() || value.isEmpty() || value.size() > 2) {
            fields.error(path, "format.error.conflictGoals");
            return null;
        }
        List<Integer> goals = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode goal = value.get(i);
            if (!goal.isIntegralNumber() || !goal.canConvertToInt() || !Goal.isValidNumber(goal.intValue())) {
                fields.error(FieldReader.index(path, i), "format.error.goalNumber", goal.toString());
                return null;
            }
            goals.add(goal.intValue());
        }
        if (goals.size() == 2 && goals.get(0) >= goals.get(1)) {
            fields.error(path, "format.error.conflictNotSorted", goals.get(0), goals.get(1));
            return null;
        }
        return goals;
    }
}
