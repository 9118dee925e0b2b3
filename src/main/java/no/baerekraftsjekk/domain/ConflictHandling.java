package no.baerekraftsjekk.domain;

import java.util.List;
import java.util.Objects;

/**
 * How the caseworker weighs (avveining) and mitigates (avbøtende tiltak) one conflict. {@code goals}
 * is the sorted pair of a goal conflict or the single goal of a conflict within a goal. A handling
 * is kept even when its conflict is no longer detected, so no written text is ever dropped.
 */
public record ConflictHandling(List<Integer> goals, String handling, String mitigation) {

    public ConflictHandling {
        goals = goals.stream().sorted().toList();
        handling = Objects.requireNonNullElse(handling, "");
        mitigation = Objects.requireNonNullElse(mitigation, "");
    }

    public static ConflictHandling of(List<Integer> goals, String handling, String mitigation) {
        return new ConflictHandling(goals, handling, mitigation);
    }

    public boolean isHandled() {
        return !handling.isBlank();
    }
}
