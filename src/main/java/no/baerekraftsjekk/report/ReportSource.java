package no.baerekraftsjekk.report;

import java.util.List;
import java.util.stream.IntStream;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.analysis.Analysis;

/** What one report is made from: the assessment, what the rules derived from it, and the guidance it quotes. */
record ReportSource(Assessment assessment, Analysis analysis, ReportGuidance guidance, ReportLabels labels) {

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
}
