package no.baerekraftsjekk.domain.profile;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;

/**
 * What {@link LocalGoalReach} reads of a case: which UN goals are judged relevant, the targets picked
 * under them and their ratings. An assessment is one source; the portfolio keeps a compact copy per
 * case, so the case report and the portfolio apply the one rule to the same facts.
 */
public interface GoalRatings {

    /** Whether the goal (1–17) is judged relevant. */
    boolean relevant(int goal);

    /** The targets picked under the goal; empty when none or when it is not relevant. */
    List<String> targets(int goal);

    int positive(int goal);

    int negative(int goal);

    /** The ratings of an assessment as they stand. */
    static GoalRatings of(Assessment assessment) {
        return new GoalRatings() {
            private GoalAssessment rated(int goal) {
                return assessment.goal(goal).filter(GoalAssessment::isRelevant).orElse(null);
            }

            @Override
            public boolean relevant(int goal) {
                return Goal.isValidNumber(goal) && rated(goal) != null;
            }

            @Override
            public List<String> targets(int goal) {
                GoalAssessment rated = rated(goal);
                return rated == null ? List.of() : rated.targets();
            }

            @Override
            public int positive(int goal) {
                GoalAssessment rated = rated(goal);
                return rated == null ? 0 : rated.positive();
            }

            @Override
            public int negative(int goal) {
                GoalAssessment rated = rated(goal);
                return rated == null ? 0 : rated.negative();
            }
        };
    }
}
