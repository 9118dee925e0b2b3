package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Effect;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;

/** Reads and checks the {@code goals} array: at most one entry per goal, ratings, targets of that goal. */
final class GoalsReader {
    private static final Set<String> FIELDS = Set.of("goal", "relevance", "positive", "negative", "certainty",
            "horizon", "targets", "justification", "measures");

    private final FieldReader fields;
    private final GoalCatalog catalog;
    private final int version;

    GoalsReader(FieldReader fields, GoalCatalog catalog, int version) {
        this.fields = fields;
        this.catalog = catalog;
        this.version = version;
    }

    Map<Integer, GoalAssessment> read(JsonNode root) {
        return read(root, "");
    }

    /** The {@code goals} of {@code parent} at {@code parentPath} ("" for the file, "alternatives[1]" for an alternative). */
    Map<Integer, GoalAssessment> read(JsonNode parent, String parentPath) {
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        JsonNode array = fields.array(parent, parentPath, "goals");
        if (array == null) {
            return goals;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = FieldReader.index(FieldReader.path(parentPath, "goals"), i);
            JsonNode entry = array.get(i);
            if (!entry.isObject()) {
                fields.error(path, "format.error.notObject");
                continue;
            }
            GoalAssessment goal = readEntry(entry, path);
            if (goal == null) {
                continue;
            }
            if (goals.containsKey(goal.goal())) {
                fields.error(FieldReader.path(path, "goal"), "format.error.goalDuplicate", goal.goal());
                continue;
            }
            goals.put(goal.goal(), goal);
        }
        return goals;
    }

    private GoalAssessment readEntry(JsonNode entry, String path) {
        fields.warnUnknownFields(entry, path, FIELDS);
        int errorsBefore = fields.errorCount();
        Integer goal = fields.integer(entry, path, "goal", null, Goal.FIRST, Goal.LAST);
        Relevance relevance = fields.enumValue(entry, path, "relevance", Relevance.class, true, null);
        Integer positive = fields.integer(entry, path, "positive", Effect.NONE, Effect.NONE, Effect.LARGE);
        Integer negative = fields.integer(entry, path, "negative", Effect.NONE, Effect.NONE, Effect.LARGE);
        Certainty certainty = fields.enumValue(entry, path, "certainty", Certainty.class, false, null);
        if (certainty == Certainty.UNKNOWN && version < 2) {
            fields.error(FieldReader.path(path, "certainty"), "format.v2.error.unknownCertaintyInVersion1");
        }
        Horizon horizon = fields.enumValue(entry, path, "horizon", Horizon.class, false, null);
        List<String> targets = goal == null ? List.of() : targets(entry, path, goal);
        String justification = fields.optionalString(entry, path, "justification");
        String measures = fields.optionalString(entry, path, "measures");
        if (relevance == Relevance.NOT_RELEVANT) {
            if (positive != null && positive != 0) {
                fields.error(FieldReader.path(path, "positive"), "format.error.ratedNotRelevant");
            }
            if (negative != null && negative != 0) {
                fields.error(FieldReader.path(path, "negative"), "format.error.ratedNotRelevant");
            }
        }
        if (fields.errorCount() > errorsBefore) {
            return null;
        }
        return new GoalAssessment(goal, relevance, positive, negative, certainty, horizon, targets, justification, measures);
    }

    private List<String> targets(JsonNode entry, String path, int goal) {
        JsonNode array = fields.array(entry, path, "targets");
        if (array == null) {
            return List.of();
        }
        Set<String> targets = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String targetPath = FieldReader.index(FieldReader.path(path, "targets"), i);
            JsonNode value = array.get(i);
            if (!value.isTextual()) {
                fields.error(targetPath, "format.error.notString");
                continue;
            }
            String id = value.textValue();
            var owner = catalog.goalOfTarget(id);
            if (owner.isEmpty()) {
                fields.error(targetPath, "format.error.targetUnknown", id);
            } else if (owner.get().number() != goal) {
                fields.error(targetPath, "format.error.targetOfOtherGoal", id, owner.get().number(), goal);
            } else {
                targets.add(id);
            }
        }
        return new ArrayList<>(targets);
    }
}
