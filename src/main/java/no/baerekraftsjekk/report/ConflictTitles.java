package no.baerekraftsjekk.report;

import java.util.List;
import no.baerekraftsjekk.domain.analysis.Conflict;

/** The name a reader sees for a conflict: the goals or the dimensions it lies between. */
final class ConflictTitles {
    private ConflictTitles() {
    }

    static String of(Conflict conflict, ReportSource source) {
        return switch (conflict.kind()) {
            case GOALS -> ofGoals(conflict.goals(), source);
            case WITHIN_GOAL -> ReportLabels.text("goal.within", conflict.goals().getFirst(),
                    source.goal(conflict.goals().getFirst()).titleNb());
            case DIMENSIONS -> ReportLabels.text("goal.dimensionPair",
                    ReportLabels.dimension(conflict.dimensions().get(0)), ReportLabels.dimension(conflict.dimensions().get(1)));
        };
    }

    /** For a handling stored in the file: a pair of goals or a single goal. */
    static String ofGoals(List<Integer> goals, ReportSource source) {
        if (goals.size() == 1) {
            return source.goalName(goals.getFirst());
        }
        int a = goals.get(0);
        int b = goals.get(1);
        return ReportLabels.text("goal.pair", a, source.goal(a).titleNb(), b, source.goal(b).titleNb());
    }
}
