package no.baerekraftsjekk.domain.guidance;

import java.util.List;
import java.util.Objects;

/**
 * What one goal means for a council, the questions a caseworker should ask, typical positive and
 * negative effects of council decisions, and the targets (delmål) most relevant to councils.
 */
public record GoalGuidance(
        int goal,
        String meaning,
        List<String> questions,
        List<String> positiveEffects,
        List<String> negativeEffects,
        List<String> keyTargets) {

    public GoalGuidance {
        Objects.requireNonNull(meaning, "meaning");
        questions = List.copyOf(questions);
        positiveEffects = List.copyOf(positiveEffects);
        negativeEffects = List.copyOf(negativeEffects);
        keyTargets = List.copyOf(keyTargets);
    }
}
