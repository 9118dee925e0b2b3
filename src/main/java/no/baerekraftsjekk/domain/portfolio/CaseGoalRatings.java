package no.baerekraftsjekk.domain.portfolio;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.profile.GoalRatings;

/**
 * The little of a counted case that grouping by the council's local goals needs beyond the
 * ratings: which goals are judged relevant (a relevant goal rated 0/0 still touches its local
 * goals) and the targets picked under them. Compact, since a council library holds 100 000 cases:
 * one int, and an array only for a case with picked targets.
 */
final class CaseGoalRatings implements GoalRatings {
    private static final CaseGoalRatings NONE = new CaseGoalRatings(0, null, new byte[2 * (Goal.LAST + 1)], Goal.LAST + 1);

    private final int relevant;
    private final String[][] targets;
    private final byte[] levels;
    private final int negative;

    private CaseGoalRatings(int relevant, String[][] targets, byte[] levels, int negative) {
        this.relevant = relevant;
        this.targets = targets;
        this.levels = levels;
        this.negative = negative;
    }

    /**
     * @param levels the entry's own levels, shared and never changed: positive by goal from index 0,
     *     negative by goal from {@code negative}
     */
    static CaseGoalRatings of(Assessment counted, byte[] levels, int negative) {
        int relevant = 0;
        String[][] targets = null;
        for (GoalAssessment goal : counted.goals().values()) {
            int n = goal.goal();
            if (!Goal.isValidNumber(n) || !goal.isRelevant()) {
                continue;
            }
            relevant |= 1 << n;
            if (!goal.targets().isEmpty()) {
                if (targets == null) {
                    targets = new String[Goal.LAST + 1][];
                }
                targets[n] = goal.targets().toArray(String[]::new);
            }
        }
        return relevant == 0 ? NONE : new CaseGoalRatings(relevant, targets, levels, negative);
    }

    @Override
    public boolean relevant(int goal) {
        return (relevant & (1 << goal)) != 0;
    }

    @Override
    public List<String> targets(int goal) {
        return targets == null || targets[goal] == null ? List.of() : List.of(targets[goal]);
    }

    @Override
    public int positive(int goal) {
        return relevant(goal) ? levels[goal] : 0;
    }

    @Override
    public int negative(int goal) {
        return relevant(goal) ? levels[negative + goal] : 0;
    }
}
