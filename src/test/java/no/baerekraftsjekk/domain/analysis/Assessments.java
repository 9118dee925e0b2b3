package no.baerekraftsjekk.domain.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;

/** Small builders that keep the rule tables readable. */
final class Assessments {
    static final String JUSTIFIED = "Begrunnet.";

    private Assessments() {
    }

    static Assessment of(GoalAssessment... goals) {
        Assessment assessment = Assessment.newDraft("Testsak");
        for (GoalAssessment goal : goals) {
            assessment = assessment.withGoal(goal);
        }
        return assessment;
    }

    /** A direct, justified goal with the given ratings. */
    static GoalAssessment rated(int goal, int positive, int negative) {
        return GoalAssessment.screened(goal, Relevance.DIRECT).withRatings(positive, negative).withJustification(JUSTIFIED);
    }

    static GoalAssessment notRelevant(int goal) {
        return GoalAssessment.screened(goal, Relevance.NOT_RELEVANT);
    }

    /** All 17 goals assessed: relevant and justified with no effect, except those given. */
    static Assessment complete(GoalAssessment... overrides) {
        Assessment assessment = Assessment.newDraft("Testsak");
        for (int goal = 1; goal <= 17; goal++) {
            assessment = assessment.withGoal(rated(goal, 0, 0));
        }
        for (GoalAssessment goal : overrides) {
            assessment = assessment.withGoal(goal);
        }
        return assessment;
    }

    static ConflictHandling handling(String text, Integer... goals) {
        return ConflictHandling.of(List.of(goals), text, "");
    }

    static TradeOffCatalog fixtureCatalog() {
        try (InputStream in = Assessments.class.getResourceAsStream("/analysis/tradeoffs.json")) {
            return TradeOffCatalog.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default mapping with the test knowledge base, so tests do not depend on shipped content. */
    static AssessmentAnalyzer analyzer() {
        return new AssessmentAnalyzer(DimensionMapping.standard(), fixtureCatalog());
    }
}
