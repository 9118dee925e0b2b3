package no.baerekraftsjekk.domain.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalGuidanceCatalogTest {

    private final GoalGuidanceCatalog catalog = GoalGuidanceCatalog.loadDefault();
    private final TargetLabels targets = TargetLabels.loadDefault();

    @Test
    void everyGoalHasMeaningQuestionsEffectsAndKeyTargetsInTheRequiredCounts() {
        for (int goal = 1; goal <= 17; goal++) {
            GoalGuidance g = catalog.forGoal(goal);
            assertThat(g.goal()).isEqualTo(goal);
            assertThat(g.meaning()).as("meaning of goal %d", goal).isNotBlank();
            assertThat(g.questions()).as("questions of goal %d", goal).hasSizeBetween(4, 6).allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(g.positiveEffects()).as("positive effects of goal %d", goal).hasSizeBetween(4, 6).allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(g.negativeEffects()).as("negative effects of goal %d", goal).hasSizeBetween(4, 6).allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(g.keyTargets()).as("key targets of goal %d", goal).hasSizeBetween(2, 5).doesNotHaveDuplicates();
        }
    }

    @Test
    void keyTargetsBelongToTheirGoalAndHaveALabel() {
        for (GoalGuidance g : catalog.all()) {
            for (String target : g.keyTargets()) {
                assertThat(target).as("key target of goal %d", g.goal()).startsWith(g.goal() + ".");
                assertThat(targets.all()).as("labels").containsKey(target);
            }
        }
    }

    @Test
    void askingForAGoalOutside1To17IsRefused() {
        assertThatThrownBy(() -> catalog.forGoal(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.forGoal(18)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingResourceFailsWithAnUncheckedExceptionThatNamesIt() {
        assertThatThrownBy(() -> GoalGuidanceCatalog.load("guidance/finnes-ikke.json"))
                .isInstanceOf(GuidanceLoadException.class)
                .hasMessageContaining("guidance/finnes-ikke.json");
    }

    @Test
    void theGuidanceListsCannotBeChangedByTheCaller() {
        assertThatThrownBy(() -> catalog.forGoal(1).questions().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
