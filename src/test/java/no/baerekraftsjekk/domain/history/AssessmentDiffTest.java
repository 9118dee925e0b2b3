package no.baerekraftsjekk.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Area;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Change;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Field;
import org.junit.jupiter.api.Test;

class AssessmentDiffTest {
    private final Assessment before = Fixtures.fullAssessment();

    @Test
    void equalVersionsHaveNoChanges() {
        assertThat(AssessmentDiff.between(before, Fixtures.fullAssessment())).isEmpty();
    }

    @Test
    void namesEachChangedRatingAndTextWithItsGoalAndBothValues() {
        GoalAssessment goal4 = before.goal(4).orElseThrow();
        Assessment after = before
                .withGoal(goal4.withRatings(goal4.positive(), 3).withJustification("Ny begrunnelse"))
                .withDimensionText(Dimension.SOCIAL, "Sosialt: tryggere skolevei.")
                .withConclusion("Prosjektet anbefales med vilkår.")
                .withStatus(Status.COMPLETE);

        List<Change> changes = AssessmentDiff.between(before, after);

        assertThat(changes).containsExactly(
                new Change(Area.GOAL, "4", Field.NEGATIVE, Integer.toString(goal4.negative()), "3"),
                new Change(Area.GOAL, "4", Field.JUSTIFICATION, goal4.justification(), "Ny begrunnelse"),
                new Change(Area.DIMENSION, "SOCIAL", Field.DIMENSION_TEXT, "Sosialt: bedre skolevei.", "Sosialt: tryggere skolevei."),
                new Change(Area.SUMMARY, "", Field.CONCLUSION, "Prosjektet anbefales.", "Prosjektet anbefales med vilkår."),
                new Change(Area.SUMMARY, "", Field.STATUS, "DRAFT", "COMPLETE"));
        assertThat(changes).filteredOn(c -> c.field().isRating()).extracting(Change::field).containsExactly(Field.NEGATIVE, Field.STATUS);
    }

    @Test
    void aGoalAssessedOnOneSideOnlyShowsEveryFieldItHas() {
        Assessment after = before.withoutGoal(2);
        List<Change> changes = AssessmentDiff.between(before, after);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.place()).isEqualTo("2");
            assertThat(c.after()).isEmpty();
        });
        assertThat(changes).extracting(Change::field).contains(Field.ASSESSED, Field.RELEVANCE, Field.JUSTIFICATION);
        assertThat(AssessmentDiff.between(after, before)).extracting(Change::field).startsWith(Field.ASSESSED);
    }

    @Test
    void conflictHandlingsAreComparedByTheirGoals() {
        Assessment after = before.withHandling(ConflictHandling.of(List.of(11, 15), "Vi velger en annen tomt.", "Erstatningsareal."));
        assertThat(AssessmentDiff.between(before, after)).containsExactly(
                new Change(Area.CONFLICT, "11-15", Field.HANDLING, "Vi velger tomten fordi …", "Vi velger en annen tomt."));
    }

    @Test
    void caseFieldsAndScreeningChanges() {
        Assessment after = before.withCaseInfo(before.caseInfo().withTitle("Ny tittel"))
                .withGoal(GoalAssessment.screened(5, Relevance.INDIRECT));
        assertThat(AssessmentDiff.between(before, after)).extracting(Change::area, Change::field)
                .contains(org.assertj.core.groups.Tuple.tuple(Area.CASE, Field.TITLE),
                        org.assertj.core.groups.Tuple.tuple(Area.GOAL, Field.RELEVANCE));
    }
}
