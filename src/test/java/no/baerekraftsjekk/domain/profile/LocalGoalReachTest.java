package no.baerekraftsjekk.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import org.junit.jupiter.api.Test;

/** Which local goals an assessment touches, worked out by hand for small cases. */
class LocalGoalReachTest {
    private static final LocalGoal SCHOOL_ROADS = new LocalGoal("KP-1", "Trygge skoleveier", "", List.of(11), List.of());
    private static final LocalGoal ENERGY = new LocalGoal("KP-2", "Fornybar energi", "", List.of(), List.of("7.2"));
    private static final LocalGoal NATURE = new LocalGoal("KP-3", "Natur og klima", "", List.of(13, 15), List.of());
    private static final LocalGoal HEALTH = new LocalGoal("KP-4", "God folkehelse", "", List.of(3), List.of("11.7"));
    private static final List<LocalGoal> PLAN = List.of(SCHOOL_ROADS, ENERGY, NATURE, HEALTH);

    private static GoalAssessment rated(int goal, Relevance relevance, int positive, int negative, String... targets) {
        return GoalAssessment.screened(goal, relevance).withRatings(positive, negative).withTargets(List.of(targets));
    }

    private static Assessment with(GoalAssessment... goals) {
        Assessment assessment = Assessment.newDraft("Sak");
        for (GoalAssessment goal : goals) {
            assessment = assessment.withGoal(goal);
        }
        return assessment;
    }

    @Test
    void nothingAssessedTouchesNothing() {
        assertThat(LocalGoalReach.of(PLAN, Assessment.newDraft("Sak"))).isEmpty();
    }

    @Test
    void aGoalRatedRelevantTouchesTheLocalGoalsLinkedToIt() {
        // Goal 11 direct, +2/0: KP-1 is linked to 11 and touched, positive. KP-4 is linked only to
        // target 11.7, which was not picked: not touched.
        assertThat(LocalGoalReach.of(PLAN, with(rated(11, Relevance.DIRECT, 2, 0))))
                .containsExactly(new TouchedLocalGoal(SCHOOL_ROADS, EffectDirection.POSITIVE, List.of(11)));
    }

    @Test
    void aPickedTargetTouchesTheLocalGoalLinkedToThatTarget() {
        // Goal 7 indirect, 0/1, target 7.2 picked: KP-2 touched, negative. Goal 11 with 11.7 picked,
        // 1/0: KP-1 (goal 11) and KP-4 (target 11.7) both touched, positive.
        assertThat(LocalGoalReach.of(PLAN, with(rated(7, Relevance.INDIRECT, 0, 1, "7.2"), rated(11, Relevance.DIRECT, 1, 0, "11.7"))))
                .containsExactly(
                        new TouchedLocalGoal(SCHOOL_ROADS, EffectDirection.POSITIVE, List.of(11)),
                        new TouchedLocalGoal(ENERGY, EffectDirection.NEGATIVE, List.of(7)),
                        new TouchedLocalGoal(HEALTH, EffectDirection.POSITIVE, List.of(11)));
    }

    @Test
    void ratingsOfSeveralGoalsBehindOneLocalGoalAreNeverNetted() {
        // KP-3 is linked to 13 (+3/0) and 15 (0/2): both directions; KP-4 through goal 3 rated 1/1: both.
        assertThat(LocalGoalReach.of(PLAN, with(rated(13, Relevance.DIRECT, 3, 0), rated(15, Relevance.INDIRECT, 0, 2),
                rated(3, Relevance.DIRECT, 1, 1))))
                .containsExactly(
                        new TouchedLocalGoal(NATURE, EffectDirection.BOTH, List.of(13, 15)),
                        new TouchedLocalGoal(HEALTH, EffectDirection.BOTH, List.of(3)));
    }

    @Test
    void aRelevantGoalWithoutRatingsYetTouchesWithoutADirection() {
        assertThat(LocalGoalReach.of(PLAN, with(GoalAssessment.screened(15, Relevance.DIRECT))))
                .containsExactly(new TouchedLocalGoal(NATURE, EffectDirection.NOT_RATED, List.of(15)));
    }

    @Test
    void goalsJudgedNotRelevantTouchNothingEvenWithTargetsLeftOnThem() {
        // 7 not relevant though 7.2 is still listed; 11 not relevant.
        assertThat(LocalGoalReach.of(PLAN, with(rated(7, Relevance.NOT_RELEVANT, 0, 0, "7.2"),
                GoalAssessment.screened(11, Relevance.NOT_RELEVANT)))).isEmpty();
    }

    @Test
    void aTargetPickedUnderAnotherGoalStillCountsForTheLocalGoalLinkedToIt() {
        // The format lets a target of goal 11 stand under goal 3's assessment; the local goal is
        // linked to the target, so it is touched, and goal 3's ratings are behind it.
        LocalGoal parks = new LocalGoal("KP-9", "Parker for alle", "", List.of(), List.of("11.7"));
        assertThat(LocalGoalReach.of(List.of(parks), with(rated(3, Relevance.DIRECT, 0, 2, "11.7"))))
                .containsExactly(new TouchedLocalGoal(parks, EffectDirection.NEGATIVE, List.of(3)));
    }
}
