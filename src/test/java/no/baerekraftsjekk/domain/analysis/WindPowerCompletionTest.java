package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import org.junit.jupiter.api.Test;

/**
 * The shipped wind-power plan has many small (severity-1) conflicts. Rule 6: it can be completed with
 * a weighing of its severity-2 and 3 conflicts only.
 */
class WindPowerCompletionTest {
    private static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();

    @Test
    void theWindPowerPlanIsReadyWithHandlingsForItsStrongConflictsOnly() throws Exception {
        Assessment shipped = ExampleAssessmentsAnalysisTest.example("vindkraft-omrade.bkj");
        Analysis full = ANALYZER.analyse(shipped);
        assertThat(full.conflicts()).as("the plan has small conflicts").anyMatch(c -> c.severity() == 1);

        Assessment strongOnly = shipped;
        for (ConflictHandling handling : shipped.conflicts()) {
            boolean strong = full.conflicts().stream()
                    .anyMatch(c -> c.goals().equals(handling.goals()) && c.needsHandling());
            if (!strong) {
                strongOnly = strongOnly.withHandling(ConflictHandling.of(handling.goals(), "", ""));
            }
        }
        Analysis analysis = ANALYZER.analyse(strongOnly);

        assertThat(analysis.conflicts().stream().filter(c -> c.severity() == 1))
                .as("no small conflict is weighed").isNotEmpty().noneMatch(Conflict::handled);
        assertThat(analysis.conflicts().stream().filter(c -> c.severity() >= 2 && c.kind() != ConflictKind.DIMENSIONS))
                .isNotEmpty().allMatch(Conflict::handled);
        assertThat(analysis.blocking()).isEmpty();
        assertThat(analysis.readyToComplete()).isTrue();
    }

    @Test
    void withoutTheWeighingOfOneStrongConflictItIsNotReady() throws Exception {
        Assessment shipped = ExampleAssessmentsAnalysisTest.example("vindkraft-omrade.bkj");
        Assessment missing = shipped.withHandling(ConflictHandling.of(java.util.List.of(7, 15), "", ""));

        assertThat(ANALYZER.analyse(missing).blocking()).singleElement()
                .satisfies(r -> assertThat(r.goals()).containsExactly(7, 15));
    }
}
