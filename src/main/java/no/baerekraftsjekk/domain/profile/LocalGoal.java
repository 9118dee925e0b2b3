package no.baerekraftsjekk.domain.profile;

import java.util.List;
import java.util.Objects;

/**
 * One goal of the council's own community plan (kommuneplanens samfunnsdel), linked to the UN
 * goals and targets it serves, so a case can be read against the plan the politicians adopted.
 *
 * @param id the council's own short id ("KP-3"), unique in the profile
 * @param description may be empty
 * @param goals the UN goals (1–17) it is linked to as a whole
 * @param targets the UN targets ("11.2", "7.a") it is linked to
 */
public record LocalGoal(String id, String title, String description, List<Integer> goals, List<String> targets) {

    public LocalGoal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = Objects.requireNonNullElse(description, "");
        goals = List.copyOf(goals);
        targets = List.copyOf(targets);
    }

    /** Whether it is linked to the UN goal, as a whole or through one of its targets: then Vurdering shows it there. */
    public boolean shownUnder(int goal) {
        return goals.contains(goal) || targets.stream().anyMatch(t -> goalOfTarget(t) == goal);
    }

    /** The goal a target id belongs to: "7.a" to 7; -1 for an id that is not one. */
    static int goalOfTarget(String target) {
        int dot = target.indexOf('.');
        try {
            return dot < 0 ? -1 : Integer.parseInt(target.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
