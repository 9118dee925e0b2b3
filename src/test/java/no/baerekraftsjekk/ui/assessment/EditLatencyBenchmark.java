package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One keystroke costs a new value, a full analysis and the step states: it must stay far below a frame. */
@Tag("benchmark")
class EditLatencyBenchmark {

    @Test
    void oneEditOfAFullAssessmentTakesWellUnderAMillisecond() {
        EditorFixtures fixtures = new EditorFixtures();
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        int warmUp = 20_000;
        int measured = 20_000;
        for (int i = 0; i < warmUp; i++) {
            type(editor, i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            type(editor, i);
        }
        double microsPerEdit = (System.nanoTime() - start) / 1000.0 / measured;
        System.out.printf("edit + analysis + step states: %.1f µs%n", microsPerEdit);
        assertThat(microsPerEdit).isLessThan(1000);
    }

    private static void type(AssessmentEditorViewModel editor, int i) {
        editor.edit(a -> a.withGoal(a.goal(15).orElseThrow().withJustification("Skog " + i)));
    }
}
