package no.baerekraftsjekk.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.format.AlternativesJson;

/**
 * The alternatives of a roll-up row, read in one pass over the text. The council library keeps them
 * without texts (label, zero mark, goals' relevance, ratings and targets, weighed conflicts; migration
 * V5), and reading that through a JSON tree and the file's checks was a quarter of reading the council
 * portfolio. Only text of exactly that shape, and plainly valid, is read here; anything else (the local
 * library's whole alternatives with their texts, or anything odd) goes to {@link AlternativesJson#read},
 * which checks it all and names the first problem, as before.
 */
final class RollUpAlternatives {
    private static final JsonFactory JSON = new JsonFactory();

    private RollUpAlternatives() {
    }

    static List<Alternative> read(String json) {
        List<Alternative> read = plain(json);
        return read != null ? read : AlternativesJson.read(json);
    }

    /** The alternatives when the text is plainly the roll-up shape and valid; null otherwise. */
    static List<Alternative> plain(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            List<Alternative> read = alternatives(parser);
            return read != null && parser.nextToken() == null ? read : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Null when the text is not plainly the roll-up shape. */
    private static List<Alternative> alternatives(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<Alternative> alternatives = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        boolean zeroSeen = false;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            Alternative alternative = alternative(parser);
            if (alternative == null || !labels.add(alternative.labelKey()) || alternative.zero() && zeroSeen) {
                return null;
            }
            zeroSeen |= alternative.zero();
            alternatives.add(alternative);
        }
        if (parser.currentToken() != JsonToken.END_ARRAY || alternatives.size() < Assessment.MIN_ALTERNATIVES
                || alternatives.size() > Assessment.MAX_ALTERNATIVES) {
            return null;
        }
        return alternatives;
    }

    private static Alternative alternative(JsonParser parser) throws IOException {
        String label = null;
        boolean zero = false;
        Map<Integer, GoalAssessment> goals = new TreeMap<>();
        List<ConflictHandling> conflicts = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "label" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    label = parser.getText().strip();
                }
                case "zero" -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        return null;
                    }
                    zero = value == JsonToken.VALUE_TRUE;
                }
                case "goals" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        GoalAssessment goal = goal(parser);
                        if (goal == null || goals.putIfAbsent(goal.goal(), goal) != null) {
                            return null;
                        }
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        return null;
                    }
                }
                case "conflicts" -> {
                    if (value != JsonToken.START_ARRAY || !conflicts(parser, conflicts)) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || label == null || label.isEmpty() || Alternative.labelTooLong(label)) {
            return null;
        }
        return new Alternative(label, zero, "", goals, Map.of(), conflicts, "");
    }

    private static GoalAssessment goal(JsonParser parser) throws IOException {
        int goal = -1;
        Relevance relevance = null;
        int positive = 0;
        int negative = 0;
        List<String> targets = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "goal" -> goal = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                case "relevance" -> relevance = value == JsonToken.VALUE_STRING ? relevance(parser.getText()) : null;
                case "positive" -> positive = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                case "negative" -> negative = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                case "targets" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    targets = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        targets.add(parser.getText());
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
            if (goal == -1 && "goal".equals(field) || relevance == null && "relevance".equals(field)) {
                return null;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || !Goal.isValidNumber(goal) || relevance == null
                || positive < 0 || positive > 3 || negative < 0 || negative > 3
                || !relevance.isRelevant() && (positive != 0 || negative != 0) || !targetsOf(goal, targets)) {
            return null;
        }
        return new GoalAssessment(goal, relevance, positive, negative, null, null, targets, "", "");
    }

    /** Every target one of the goal's own, none twice (the file's reader would drop the second). */
    private static boolean targetsOf(int goal, List<String> targets) {
        for (int i = 0; i < targets.size(); i++) {
            var owner = GoalCatalog.standard().goalOfTarget(targets.get(i));
            if (owner.isEmpty() || owner.get().number() != goal || targets.subList(0, i).contains(targets.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Relevance relevance(String name) {
        for (Relevance r : Relevance.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** The weighed conflicts: goals (one, or two in rising order) and a handling; false when anything else. */
    private static boolean conflicts(JsonParser parser, List<ConflictHandling> conflicts) throws IOException {
        Set<List<Integer>> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            List<Integer> goals = null;
            String handling = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("goals".equals(field) && value == JsonToken.START_ARRAY) {
                    goals = new ArrayList<>(2);
                    while (parser.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                        goals.add(parser.getIntValue());
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        return false;
                    }
                } else if ("handling".equals(field) && value == JsonToken.VALUE_STRING) {
                    handling = parser.getText();
                } else {
                    return false;
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || goals == null || handling == null || goals.isEmpty()
                    || goals.size() > 2 || !goals.stream().allMatch(Goal::isValidNumber)
                    || goals.size() == 2 && goals.get(0) >= goals.get(1) || !seen.add(goals)) {
                return false;
            }
            conflicts.add(new ConflictHandling(goals, handling, ""));
        }
        return parser.currentToken() == JsonToken.END_ARRAY;
    }
}
