package no.baerekraftsjekk.domain.portfolio;

/** One goal in the portfolio: cases by level on each side, and cases that judged it not relevant. */
public record GoalRow(int goal, EffectCounts effects, int notRelevant) {
}
