package no.baerekraftsjekk.domain.guidance;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;

/** The guidance for all 17 goals, as shown beside the assessment of each goal. */
public final class GoalGuidanceCatalog {

    static final String DEFAULT_RESOURCE = "guidance/goals_nb.json";
    private static final int GOAL_COUNT = 17;

    private final List<GoalGuidance> byGoal;

    private GoalGuidanceCatalog(List<GoalGuidance> byGoal) {
        this.byGoal = List.copyOf(byGoal);
    }

    public static GoalGuidanceCatalog loadDefault() {
        return load(DEFAULT_RESOURCE);
    }

    static GoalGuidanceCatalog load(String resource) {
        List<GoalGuidance> goals = GuidanceResource.readJson(resource, new TypeReference<List<GoalGuidance>>() { });
        GuidanceResource.require(goals != null && goals.size() == GOAL_COUNT, resource,
                "forventet veiledning for " + GOAL_COUNT + " mål");
        for (int i = 0; i < GOAL_COUNT; i++) {
            GoalGuidance g = goals.get(i);
            GuidanceResource.require(g.goal() == i + 1, resource,
                    "mål nummer " + (i + 1) + " mangler eller står i feil rekkefølge");
            GuidanceResource.require(!GuidanceResource.isBlank(g.meaning()), resource,
                    "mål " + g.goal() + " mangler forklaring");
        }
        return new GoalGuidanceCatalog(goals);
    }

    /** @throws IllegalArgumentException when the goal is not 1–17 */
    public GoalGuidance forGoal(int goal) {
        if (goal < 1 || goal > GOAL_COUNT) {
            throw new IllegalArgumentException("Ukjent mål: " + goal + " (gyldige mål er 1–17)");
        }
        return byGoal.get(goal - 1);
    }

    public List<GoalGuidance> all() {
        return byGoal;
    }
}
