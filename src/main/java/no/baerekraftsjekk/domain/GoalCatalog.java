package no.baerekraftsjekk.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 17 goals and their 169 targets, loaded once from the reference data shipped with the program. */
public final class GoalCatalog {
    private static final GoalCatalog DEFAULT = load(Tsv.resource("reference/goals.tsv"), Tsv.resource("reference/targets.tsv"));

    private final List<Goal> goals;
    /**
     * Each target's goal, for {@link #goalOfTarget}: reading a library's alternatives checks every
     * picked target, and searching 169 targets goal by goal was a tenth of the council portfolio's read.
     */
    private final Map<String, Goal> goalOfTarget = new HashMap<>();

    private GoalCatalog(List<Goal> goals) {
        this.goals = List.copyOf(goals);
        // The first goal holding a target wins, as the search goal by goal found it.
        for (Goal goal : this.goals) {
            goal.targets().forEach(target -> goalOfTarget.putIfAbsent(target, goal));
        }
    }

    public static GoalCatalog standard() {
        return DEFAULT;
    }

    static GoalCatalog load(Tsv goalTable, Tsv targetTable) {
        Map<Integer, List<String>> targetsByGoal = new LinkedHashMap<>();
        for (Map<String, String> row : targetTable.rows()) {
            targetsByGoal.computeIfAbsent(Integer.parseInt(row.get("goal")), g -> new ArrayList<>()).add(row.get("target"));
        }
        List<Goal> goals = new ArrayList<>();
        for (Map<String, String> row : goalTable.rows()) {
            int number = Integer.parseInt(row.get("goal"));
            goals.add(new Goal(number, row.get("title_nb"), row.get("title_nn"), row.get("title_en"),
                    row.get("colour"), row.get("text_colour"), targetsByGoal.getOrDefault(number, List.of())));
        }
        if (goals.size() != Goal.COUNT) {
            throw new IllegalStateException("The goal reference data must hold 17 goals, found " + goals.size());
        }
        goals.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return new GoalCatalog(goals);
    }

    public List<Goal> all() {
        return goals;
    }

    public Goal goal(int number) {
        if (!Goal.isValidNumber(number)) {
            throw new IllegalArgumentException("No goal " + number);
        }
        return goals.get(number - 1);
    }

    /** The goal a target id belongs to ("7.a" belongs to 7), if the id exists in the reference list. */
    public Optional<Goal> goalOfTarget(String targetId) {
        return Optional.ofNullable(targetId == null ? null : goalOfTarget.get(targetId));
    }

    public int targetCount() {
        return goals.stream().mapToInt(g -> g.targets().size()).sum();
    }
}
