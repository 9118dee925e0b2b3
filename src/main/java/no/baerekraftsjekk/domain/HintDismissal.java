package no.baerekraftsjekk.domain;

import java.util.List;
import java.util.Objects;

/**
 * A trade-off hint the caseworker has looked at and judged not to apply («Vurdert – ikke aktuelt»),
 * with an optional reason. Kept with the assessment in the library so a dismissed hint stays
 * dismissed; the file format has no field for it, so an exported {@code .bkj} does not carry it.
 *
 * @param goals the sorted goal pair of the trade-off
 * @param overlookedGoal the goal of the pair the hint pointed to
 */
public record HintDismissal(List<Integer> goals, int overlookedGoal, String reason) {

    public HintDismissal {
        goals = goals.stream().sorted().toList();
        reason = Objects.requireNonNullElse(reason, "").strip();
    }

    /** Whether this dismissal is of the hint for {@code pair} that points to {@code overlooked}. */
    public boolean isFor(List<Integer> pair, int overlooked) {
        return overlookedGoal == overlooked && goals.equals(pair.stream().sorted().toList());
    }
}
