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
            case WITHIN_GOAL -> source.labels().text("goal.within", conflict.goals().getFirst(),
                    source.goalTitle(conflict.goals().getFirst()));
            case DIMENSIONS -> source.labels().text("goal.dimensionPair",
                    source.labels().dimension(conflict.dimensions().get(0)), source.labels().dimension(conflict.dimensions().get(1)));
        };
    }

    /** For a handling stored in the file: a pair of goals or a single goal. */
    static String ofGoals(List<Integer> goals, ReportSource source) {
        if (goals.size() == 1) {
            return source.goalName(goals.getFirst());
        }
        int a = goals.get(0);
        int b = goals.get(1);
        return source.labels().text("goal.pair", a, source.goalTitle(a), b, source.goalTitle(b));
    }
}
