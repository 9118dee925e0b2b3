package no.baerekraftsjekk.domain.analysis;

import static no.baerekraftsjekk.domain.analysis.Assessments.analyzer;
import static no.baerekraftsjekk.domain.analysis.Assessments.handling;
import static no.baerekraftsjekk.domain.analysis.Assessments.of;
import static no.baerekraftsjekk.domain.analysis.Assessments.rated;
import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import org.junit.jupiter.api.Test;

class OrphanedHandlingsTest {

    @Test
    void aHandlingWhoseConflictIsGoneIsKeptAndReported() {
        ConflictHandling stale = handling("Skrevet før vurderingen av mål 15 ble endret.", 11, 15);
        Assessment assessment = of(rated(11, 2, 0), rated(15, 0, 0)).withHandling(stale);

        Analysis analysis = analyzer().analyse(assessment);

        assertThat(analysis.conflicts()).isEmpty();
        assertThat(analysis.orphanedHandlings()).containsExactly(stale);
        assertThat(assessment.conflicts()).containsExactly(stale);
    }

    @Test
    void aHandlingOfADetectedConflictIsNotOrphaned() {
        Assessment assessment = of(rated(11, 2, 1), rated(15, 0, 2))
                .withHandling(handling("Avveid.", 11, 15))
                .withHandling(handling("Avveid.", 11))
                .withHandling(handling("", 3, 9))
                .withHandling(handling("Gammel.", 13));

        assertThat(analyzer().analyse(assessment).orphanedHandlings()).extracting(ConflictHandling::goals)
                .containsExactly(java.util.List.of(3, 9), java.util.List.of(13));
    }

    @Test
    void aHandlingForAPairDoesNotMatchAConflictWithinOneOfItsGoals() {
        Assessment assessment = of(rated(7, 2, 2)).withHandling(handling("Avveid.", 7, 15));

        Analysis analysis = analyzer().analyse(assessment);

        assertThat(analysis.orphanedHandlings()).hasSize(1);
        assertThat(analysis.conflicts()).singleElement().extracting(Conflict::handled).isEqualTo(false);
    }
}
