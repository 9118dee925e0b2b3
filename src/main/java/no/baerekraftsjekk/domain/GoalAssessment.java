package no.baerekraftsjekk.domain;

import java.util.List;
import java.util.Objects;

/**
 * The caseworker's assessment of one goal. Positive and negative are rated separately on the
 * {@link Effect} scale, because one case can help and harm the same goal. Certainty and horizon
 * may be null (not given); texts are empty strings when absent.
 */
public record GoalAssessment(
        int goal,
        Relevance relevance,
        int positive,
        int negative,
        Certainty certainty,
        Horizon horizon,
        List<String> targets,
        String justification,
        String measures) {

    public GoalAssessment {
        Objects.requireNonNull(relevance, "relevance");
        targets = List.copyOf(targets);
        justification = Objects.requireNonNullElse(justification, "");
        measures = Objects.requireNonNullElse(measures, "");
    }

    /** A screening decision with no ratings yet. */
    public static GoalAssessment screened(int goal, Relevance relevance) {
        return new GoalAssessment(goal, relevance, 0, 0, null, null, List.of(), "", "");
    }

    public boolean isRelevant() {
        return relevance.isRelevant();
    }

    public GoalAssessment withRelevance(Relevance value) {
        // Ratings on a goal judged not relevant would be invalid, so they go with the change.
        return value.isRelevant()
                ? new GoalAssessment(goal, value, positive, negative, certainty, horizon, targets, justification, measures)
                : new GoalAssessment(goal, value, 0, 0, certainty, horizon, targets, justification, measures);
    }

    public GoalAssessment withRatings(int positiveLevel, int negativeLevel) {
        return new GoalAssessment(goal, relevance, positiveLevel, negativeLevel, certainty, horizon, targets, justification, measures);
    }

    public GoalAssessment withCertainty(Certainty value) {
        return new GoalAssessment(goal, relevance, positive, negative, value, horizon, targets, justification, measures);
    }

    public GoalAssessment withHorizon(Horizon value) {
        return new GoalAssessment(goal, relevance, positive, negative, certainty, value, targets, justification, measures);
    }

    public GoalAssessment withTargets(List<String> value) {
        return new GoalAssessment(goal, relevance, positive, negative, certainty, horizon, value, justification, measures);
    }

    public GoalAssessment withJustification(String value) {
        return new GoalAssessment(goal, relevance, positive, negative, certainty, horizon, targets, value, measures);
    }

    public GoalAssessment withMeasures(String value) {
        return new GoalAssessment(goal, relevance, positive, negative, certainty, horizon, targets, justification, value);
    }
}
