package no.baerekraftsjekk.domain.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.text.Message;

/**
 * Puts the place of a problem in a caseworker's words: {@code goals[0].positive} becomes «Mål 3,
 * positiv virkning», where 3 is the number the file gives the entry. The path stays in the problem
 * for the command line's {@code check}, whose JSON is a contract; the window shows these words.
 * A path this does not know keeps its path (null here).
 */
final class PlainPlace {
    private static final Pattern GOAL = Pattern.compile("goals\\[(\\d+)](?:\\.(\\w+)(?:\\[(\\d+)])?)?");
    private static final Pattern CASE = Pattern.compile("case\\.(\\w+)");
    private static final Pattern DIMENSION = Pattern.compile("dimensions\\.(ENVIRONMENT|SOCIAL|ECONOMIC)(?:\\.text)?");
    private static final Pattern CONFLICT = Pattern.compile("conflicts\\[(\\d+)](?:\\.(\\w+)(?:\\[\\d+])?)?");
    private static final Set<String> GOAL_FIELDS = Set.of("goal", "relevance", "positive", "negative", "certainty",
            "horizon", "targets", "justification", "measures");
    private static final Set<String> CASE_FIELDS = Set.of("title", "caseNumber", "caseType", "organisation", "unit",
            "caseworker", "date", "description", "exemptionBasis", "committee", "meetingDate");
    private static final Set<String> CONFLICT_FIELDS = Set.of("goals", "handling", "mitigation");
    private static final String KEY = "format.windowSmall.place.";

    private PlainPlace() {
    }

    static Message of(String path, JsonNode root) {
        Matcher goal = GOAL.matcher(path);
        if (goal.matches()) {
            return goal(goal, root);
        }
        Matcher field = CASE.matcher(path);
        if (field.matches() && CASE_FIELDS.contains(field.group(1))) {
            return Message.of(KEY + "case", Message.of(KEY + "case." + field.group(1)));
        }
        Matcher dimension = DIMENSION.matcher(path);
        if (dimension.matches()) {
            return Message.of(KEY + "dimension", Message.of("value.Dimension." + dimension.group(1) + ".long"));
        }
        Matcher conflict = CONFLICT.matcher(path);
        if (conflict.matches()) {
            return conflict(conflict, root);
        }
        return null;
    }

    private static Message goal(Matcher path, JsonNode root) {
        int index = Integer.parseInt(path.group(1));
        String field = path.group(2);
        if (field != null && !GOAL_FIELDS.contains(field)) {
            return null;
        }
        JsonNode number = root.path("goals").path(index).path("goal");
        // The goal's own number when the file gives a valid one; else the entry's place in the list.
        Message which = number.isInt() && Goal.isValidNumber(number.intValue()) && !"goal".equals(field)
                ? Message.of(KEY + "goal", number.intValue())
                : Message.of(KEY + "goalEntry", index + 1);
        if (field == null || "goal".equals(field)) {
            return field == null ? which : Message.of(KEY + "withField", which, Message.of(KEY + "goal.goal"));
        }
        if ("targets".equals(field) && path.group(3) != null) {
            return Message.of(KEY + "withField", which, Message.of(KEY + "goal.target", Integer.parseInt(path.group(3)) + 1));
        }
        return Message.of(KEY + "withField", which, Message.of(KEY + "goal." + field));
    }

    private static Message conflict(Matcher path, JsonNode root) {
        int index = Integer.parseInt(path.group(1));
        String field = path.group(2);
        if (field != null && !CONFLICT_FIELDS.contains(field)) {
            return null;
        }
        JsonNode goals = root.path("conflicts").path(index).path("goals");
        Message which;
        if (goals.isArray() && goals.size() == 2 && goals.get(0).isInt() && goals.get(1).isInt()) {
            which = Message.of(KEY + "conflict.pair", goals.get(0).intValue(), goals.get(1).intValue());
        } else if (goals.isArray() && goals.size() == 1 && goals.get(0).isInt()) {
            which = Message.of(KEY + "conflict.within", goals.get(0).intValue());
        } else {
            which = Message.of(KEY + "conflict.entry", index + 1);
        }
        return field == null ? which : Message.of(KEY + "withField", which, Message.of(KEY + "conflict." + field));
    }
}
