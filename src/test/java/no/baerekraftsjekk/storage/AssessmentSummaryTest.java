package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;

/** Its equality is written out (see the class): it must stay the record's, every component counted. */
class AssessmentSummaryTest {
    private static final Instant CREATED = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-02T12:37:17.771704459Z");
    private static final AssessmentSummary ONE =
            new AssessmentSummary(7, "Vindkraft", "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CHANGED);

    @Test
    void equalComponentsMakeEqualSummariesWithEqualHashes() {
        AssessmentSummary same = new AssessmentSummary(7, new String("Vindkraft"), "26/101", CaseType.PLAN, "Plan", Status.DRAFT,
                Instant.parse("2026-11-02T08:00:00Z"), Instant.parse("2026-12-02T12:37:17.771704459Z"));

        assertThat(same).isEqualTo(ONE).hasSameHashCodeAs(ONE);
        assertThat(ONE).isEqualTo(ONE).isNotEqualTo(null).isNotEqualTo("Vindkraft");
    }

    @Test
    void everyComponentCounts() {
        List<AssessmentSummary> others = List.of(
                new AssessmentSummary(8, "Vindkraft", "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CHANGED),
                new AssessmentSummary(7, "Vindkraft 2", "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CHANGED),
                new AssessmentSummary(7, "Vindkraft", "26/102", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CHANGED),
                new AssessmentSummary(7, "Vindkraft", "26/101", CaseType.PROJECT, "Plan", Status.DRAFT, CREATED, CHANGED),
                new AssessmentSummary(7, "Vindkraft", "26/101", CaseType.PLAN, "Samfunn", Status.DRAFT, CREATED, CHANGED),
                new AssessmentSummary(7, "Vindkraft", "26/101", CaseType.PLAN, "Plan", Status.COMPLETE, CREATED, CHANGED),
                new AssessmentSummary(7, "Vindkraft", "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CHANGED, CHANGED),
                new AssessmentSummary(7, "Vindkraft", "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CREATED),
                new AssessmentSummary(7, null, "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CHANGED));

        assertThat(others).allSatisfy(other -> assertThat(other).isNotEqualTo(ONE));
        assertThat(others.getLast()).isEqualTo(new AssessmentSummary(7, null, "26/101", CaseType.PLAN, "Plan", Status.DRAFT, CREATED, CHANGED));
    }
}
