package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long one analysis takes on a full assessment, warm. The window re-analyses on every rating
 * change, so it must stay far below a frame (target: well under 1 ms). Run with {@code mvn -Pbenchmark test}.
 */
@Tag("benchmark")
class AnalyseBenchmark {
    private static final int WARM_UP = 50_000;
    private static final int RUNS = 100_000;

    /** All 17 goals relevant with mixed ratings: dozens of goal conflicts, all three dimension conflicts. */
    private static Assessment fullAssessment() {
        Assessment assessment = Assessment.newDraft("Full vurdering");
        for (int goal = 1; goal <= 17; goal++) {
            assessment = assessment.withGoal(GoalAssessment.screened(goal, goal % 3 == 0 ? Relevance.INDIRECT : Relevance.DIRECT)
                    .withRatings(goal % 4, (goal * 7) % 4).withJustification("Begrunnelse for mål " + goal + "."));
        }
        for (int a = 1; a <= 17; a += 2) {
            assessment = assessment.withHandling(ConflictHandling.of(List.of(a, a + 1 > 17 ? 1 : a + 1), "Avveid.", "Tiltak."));
        }
        return assessment;
    }

    @Test
    void analyseOfAFullAssessmentWithManyConflicts() {
        AssessmentAnalyzer analyzer = new AssessmentAnalyzer(DimensionMapping.standard(), TradeOffCatalog.standard());
        Assessment assessment = fullAssessment();
        assertThat(analyzer.analyse(assessment).conflicts()).hasSizeGreaterThan(50);

        assertThat(measure("full 17-goal assessment, every goal rated", analyzer, assessment)).isLessThan(1_000.0);
    }

    @Test
    void analyseOfAShippedExample() throws Exception {
        AssessmentAnalyzer analyzer = AssessmentAnalyzer.standard();
        Assessment assessment = ExampleAssessmentsAnalysisTest.example("boliger-pa-dyrket-mark.bkj");

        assertThat(measure("shipped example boliger-pa-dyrket-mark", analyzer, assessment)).isLessThan(1_000.0);
    }

    /** Prints median and p99 in microseconds; returns the median. */
    private static double measure(String what, AssessmentAnalyzer analyzer, Assessment assessment) {
        Analysis sample = analyzer.analyse(assessment);
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += analyzer.analyse(assessment).conflicts().size();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += analyzer.analyse(assessment).conflicts().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[RUNS / 2] / 1_000.0;
        double p99 = nanos[(int) (RUNS * 0.99)] / 1_000.0;
        System.out.printf("analyse, %s (%d conflicts, %d hints, %d blocking): median %.1f µs, p99 %.1f µs over %d runs (sink %d)%n",
                what, sample.conflicts().size(), sample.hints().size(), sample.blocking().size(), median, p99, RUNS, sink);
        return median;
    }
}
