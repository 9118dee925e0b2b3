package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Goal;

/**
 * Which goal pairs and single goals the caseworker has weighed, that is, hold a non-blank
 * {@code handling}. More than one entry for the same goals counts as handled when any of them is: a
 * text the caseworker wrote is never ignored.
 */
final class Handlings {
    private static final int STRIDE = Goal.LAST + 1;

    private final boolean[] handled = new boolean[STRIDE * STRIDE];

    private Handlings() {
    }

    static Handlings of(Assessment assessment) {
        Handlings handlings = new Handlings();
        for (ConflictHandling entry : assessment.conflicts()) {
            int key = key(entry.goals());
            if (key >= 0 && entry.isHandled()) {
                handlings.handled[key] = true;
            }
        }
        return handlings;
    }

    boolean isHandled(int goal) {
        return handled[goal * STRIDE];
    }

    boolean isHandled(int lowerGoal, int higherGoal) {
        return handled[lowerGoal * STRIDE + higherGoal];
    }

    /** A key for a sorted pair or a single goal; -1 for anything no rule can detect. */
    static int key(List<Integer> goals) {
        if (goals.size() == 1 && Goal.isValidNumber(goals.getFirst())) {
            return goals.getFirst() * STRIDE;
        }
        if (goals.size() == 2) {
            int a = goals.get(0);
            int b = goals.get(1);
            if (Goal.isValidNumber(a) && Goal.isValidNumber(b) && a < b) {
                return a * STRIDE + b;
            }
        }
        return -1;
    }
}
