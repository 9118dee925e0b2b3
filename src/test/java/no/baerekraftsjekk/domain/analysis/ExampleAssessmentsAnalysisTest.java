package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.InvalidAssessmentFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The examples shipped with the program, analysed with the shipped mapping and knowledge base. */
class ExampleAssessmentsAnalysisTest {
    private static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();

    static Assessment example(String name) throws IOException, InvalidAssessmentFileException {
        try (InputStream in = ExampleAssessmentsAnalysisTest.class.getResourceAsStream("/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new BkjReader().read(in.readAllBytes()).assessment();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"boliger-pa-dyrket-mark.bkj", "elbusser-anskaffelse.bkj", "ny-barneskole.bkj", "vindkraft-omrade.bkj"})
    void anExampleMarkedCompleteIsReadyAndEveryHandlingMatchesAConflict(String name) throws Exception {
        Assessment assessment = example(name);
        Analysis analysis = ANALYZER.analyse(assessment);

        if (assessment.status() == Status.COMPLETE) {
            assertThat(analysis.blocking()).as(name).isEmpty();
        }
        assertThat(analysis.orphanedHandlings()).as(name).isEmpty();
        assertThat(analysis.conflicts()).as(name).isSortedAccordingTo(ConflictOrder.INSTANCE);
    }

    @Test
    void theNewSchoolWeighsNatureAgainstSchoolPlacesFirst() throws Exception {
        Analysis analysis = ANALYZER.analyse(example("ny-barneskole.bkj"));

        assertThat(analysis.conflicts().getFirst().goals()).containsExactly(3, 15);
        assertThat(analysis.conflictsOf(ConflictKind.DIMENSIONS)).singleElement().satisfies(c -> {
            assertThat(c.dimensions()).containsExactly(Dimension.ENVIRONMENT, Dimension.SOCIAL);
            assertThat(c.handled()).isTrue();
        });
        assertThat(analysis.conflicts()).allMatch(Conflict::handled);
        assertThat(analysis.hints()).extracting(Hint::goals).doesNotContain(List.of(11, 15));
    }
}
