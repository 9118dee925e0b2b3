package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which differences between alternatives matter enough to stand out. */
class GoalComparisonTest {

    @Test
    void anEffectInOneAlternativeAndNoneInAnotherMatters() {
        assertThat(GoalComparison.matters(List.of(0, 1))).isTrue();
        assertThat(GoalComparison.matters(List.of(2, 0, 2))).isTrue();
    }

    @Test
    void twoStepsApartMattersOneStepDoesNot() {
        assertThat(GoalComparison.matters(List.of(1, 3))).isTrue();
        assertThat(GoalComparison.matters(List.of(2, 3))).isFalse();
        assertThat(GoalComparison.matters(List.of(1, 2, 1))).isFalse();
    }

    @Test
    void equalEffectsDoNotMatter() {
        assertThat(GoalComparison.matters(List.of(0, 0))).isFalse();
        assertThat(GoalComparison.matters(List.of(3, 3, 3))).isFalse();
    }

    @Test
    void bothSidesAreJudgedApartNeverNetted() {
        GoalComparison row = GoalComparison.of(11, List.of(2, 2), List.of(0, 2));

        assertThat(row.positiveDiffers()).isFalse();
        assertThat(row.negativeDiffers()).isTrue();
        assertThat(row.positive()).containsExactly(2, 2);
        assertThat(row.negative()).containsExactly(0, 2);
    }
}
