package no.baerekraftsjekk.domain.analysis;

import java.util.List;

/**
 * A prompt to look again, never a conflict: a typical trade-off whose one goal gains while the other
 * was judged not relevant or not assessed.
 *
 * @param goals the sorted pair from the knowledge base
 * @param overlookedGoal the goal of the pair that may have been overlooked
 */
public record Hint(List<Integer> goals, int overlookedGoal, String text, String source) {

    public Hint {
        goals = List.copyOf(goals);
    }
}
