package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.portfolio.VariedLibrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The roll-up's shorter analysis finds exactly the levels and conflicts the full one does. */
class RollUpAnalysisTest {
    private static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();

    @Property(tries = 50)
    void levelsAndConflictsAreThoseOfTheFullAnalysis(@ForAll long seed) {
        for (Assessment a : VariedLibrary.assessments(30, seed)) {
            check(a);
            for (int i = 0; i < a.alternatives().size(); i++) {
                check(a.alternativeAsAssessment(i));
            }
        }
    }

    private static void check(Assessment a) {
        Analysis full = ANALYZER.analyse(a);
        RollUpAnalysis rollUp = ANALYZER.analyseForRollUp(a);
        assertThat(rollUp.dimensions()).isEqualTo(full.dimensions());
        assertThat(rollUp.conflicts()).isEqualTo(full.conflicts());
    }
}
