package no.baerekraftsjekk.domain.guidance;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetLabelsTest {

    private final TargetLabels labels = TargetLabels.loadDefault();

    @Test
    void thereIsALabelForEachOfThe169TargetsWith126NumberedAnd43Lettered() {
        Map<String, String> all = labels.all();
        assertThat(all).hasSize(169);
        assertThat(all.keySet().stream().filter(id -> id.matches("\\d{1,2}\\.\\d{1,2}"))).hasSize(126);
        assertThat(all.keySet().stream().filter(id -> id.matches("\\d{1,2}\\.[a-z]"))).hasSize(43);
    }

    @Test
    void targetsAreGroupedUnderGoals1To17InOrderWithNumberedBeforeLettered() {
        List<String> ids = new ArrayList<>(labels.all().keySet());
        int previousGoal = 1;
        boolean lettersStarted = false;
        for (String id : ids) {
            int goal = Integer.parseInt(id.substring(0, id.indexOf('.')));
            assertThat(goal).as("goal of %s", id).isBetween(1, 17);
            if (goal != previousGoal) {
                assertThat(goal).as("goal after %d", previousGoal).isEqualTo(previousGoal + 1);
                previousGoal = goal;
                lettersStarted = false;
            }
            boolean lettered = Character.isLetter(id.charAt(id.length() - 1));
            assertThat(lettersStarted && !lettered).as("%s follows a lettered target", id).isFalse();
            lettersStarted |= lettered;
        }
        assertThat(previousGoal).isEqualTo(17);
        assertThat(ids).startsWith("1.1").endsWith("17.19").contains("7.2", "7.a", "8.10", "16.10");
    }

    @Test
    void labelsAreShortAndNonEmpty() {
        labels.all().forEach((id, label) -> {
            assertThat(label).as("label of %s", id).isNotBlank();
            assertThat(label.strip().split("\\s+")).as("words in label of %s", id).hasSizeLessThanOrEqualTo(12);
        });
    }

    @Test
    void labelOfReturnsTheLabelAndRefusesUnknownIds() {
        assertThat(labels.labelOf("7.2")).containsIgnoringCase("fornybar");
        assertThatThrownBy(() -> labels.labelOf("18.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingResourceFailsWithAnUncheckedExceptionThatNamesIt() {
        assertThatThrownBy(() -> TargetLabels.load("guidance/mangler.tsv"))
                .isInstanceOf(GuidanceLoadException.class)
                .hasMessageContaining("guidance/mangler.tsv");
    }
}
