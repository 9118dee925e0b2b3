package no.baerekraftsjekk.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.analysis.Analysis;

/** What one report is made from: the assessment, what the rules derived from it, and the guidance it quotes. */
record ReportSource(Assessment assessment, Analysis analysis, ReportGuidance guidance, ReportLabels labels,
                    ReportVariant variant) {

    Goal goal(int number) {
        return guidance.goals().goal(number);
    }

    /** "God utdanning", in the report's language. */
    String goalTitle(int number) {
        return guidance.reference().goalTitle(number);
    }

    /** "Mål 4 God utdanning". */
    String goalName(int number) {
        return labels.text("goal.heading", number, goalTitle(number));
    }

    List<GoalAssessment> relevantGoals() {
        return assessment.goals().values().stream().filter(GoalAssessment::isRelevant).toList();
    }

    List<GoalAssessment> notRelevantGoals() {
        return assessment.goals().values().stream().filter(g -> !g.isRelevant()).toList();
    }

    List<Integer> notAssessedGoals() {
        return IntStream.rangeClosed(Goal.FIRST, Goal.LAST).filter(n -> !assessment.isAssessed(n)).boxed().toList();
    }

    int positive(int goal) {
        return assessment.goal(goal).map(GoalAssessment::positive).orElse(0);
    }

    int negative(int goal) {
        return assessment.goal(goal).map(GoalAssessment::negative).orElse(0);
    }

    Optional<Dimension> dimensionOf(int goal) {
        return guidance.dimensions().dimensionOf(goal);
    }

    /** Whether any goal of the dimension has been looked at; a dimension nobody looked at is "ikke vurdert", not 0. */
    boolean anyAssessedIn(Dimension dimension) {
        return guidance.dimensions().goalsByDimension().getOrDefault(dimension, List.of()).stream()
                .anyMatch(assessment::isAssessed);
    }

    /** The relevant goals whose rating is marked as uncertain, in goal order. */
    List<Integer> goalsWith(GoalEffect.Confidence confidence) {
        return relevantGoals().stream().filter(g -> confidenceOf(g.certainty()) == confidence)
                .map(GoalAssessment::goal).toList();
    }

    /**
     * How the report marks a certainty. Format version 2 adds {@code Certainty.UNKNOWN} («vet ikke»);
     * it is matched by name so this compiles before and after that constant lands.
     */
    static GoalEffect.Confidence confidenceOf(Certainty certainty) {
        if (certainty == null) {
            return GoalEffect.Confidence.PLAIN;
        }
        if (certainty == Certainty.LOW) {
            return GoalEffect.Confidence.LOW;
        }
        return "UNKNOWN".equals(certainty.name()) ? GoalEffect.Confidence.UNKNOWN : GoalEffect.Confidence.PLAIN;
    }
}
