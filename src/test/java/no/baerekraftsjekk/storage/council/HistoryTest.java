package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.history.AssessmentDiff;
import no.baerekraftsjekk.domain.history.AssessmentDiff.Field;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("postgres")
class HistoryTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private CouncilServer council;
    private PostgresLibrary kari;
    private PostgresLibrary ola;

    @BeforeEach
    void open() {
        council = CouncilTestServer.newLibrary("history");
        kari = PostgresLibrary.open(new CouncilConnector(council), "kari", clock);
        ola = PostgresLibrary.open(new CouncilConnector(council), "ola", clock);
    }

    @AfterEach
    void close() {
        kari.close();
        ola.close();
    }

    @Test
    void autosavesBySomeoneWithinAFewMinutesAreOneVersionAndOthersAreTheirOwn() {
        StoredAssessment a = kari.create(Assessment.newDraft("Sak"));
        clock.advance(Duration.ofSeconds(30));
        kari.save(a.id(), 1, Assessment.newDraft("Sak 2"));
        clock.advance(Duration.ofSeconds(30));
        kari.save(a.id(), 2, Assessment.newDraft("Sak 3"));
        clock.advance(Duration.ofSeconds(10));
        ola.save(a.id(), 3, Assessment.newDraft("Sak 4 (Ola)"));
        clock.advance(Duration.ofMinutes(10));
        ola.save(a.id(), 4, Assessment.newDraft("Sak 5 (Ola)"));

        List<AssessmentVersion> history = kari.history(a.id());

        assertThat(history).extracting(AssessmentVersion::version, AssessmentVersion::firstVersion, AssessmentVersion::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5L, 5L, "ola"),
                        org.assertj.core.groups.Tuple.tuple(4L, 4L, "ola"),
                        org.assertj.core.groups.Tuple.tuple(3L, 1L, "kari"));
        assertThat(history.get(2).changed()).isEqualTo(Instant.parse("2026-12-02T08:01:00Z"));
        assertThat(kari.version(a.id(), 3).orElseThrow().caseInfo().title()).isEqualTo("Sak 3");
        assertThat(kari.version(a.id(), 2).orElseThrow().caseInfo().title()).as("merged into 3").isEqualTo("Sak 3");
        assertThat(kari.version(a.id(), 4).orElseThrow().caseInfo().title()).isEqualTo("Sak 4 (Ola)");
        assertThat(kari.version(a.id(), 9)).isEmpty();
    }

    @Test
    void aVersionIsRestoredAsANewVersionAndBothStayInTheHistory() {
        StoredAssessment a = kari.create(Assessment.newDraft("Bibliotek").withConclusion("Anbefales"));
        clock.advance(Duration.ofMinutes(1));
        ola.save(a.id(), 1, Assessment.newDraft("Bibliotek").withConclusion("Anbefales ikke"));
        clock.advance(Duration.ofMinutes(1));

        StoredAssessment restored = kari.restoreVersion(a.id(), 1, 2);

        assertThat(restored.version()).isEqualTo(3);
        assertThat(kari.find(a.id()).orElseThrow().assessment().conclusion()).isEqualTo("Anbefales");
        List<AssessmentVersion> history = kari.history(a.id());
        assertThat(history).extracting(AssessmentVersion::version).containsExactly(3L, 2L, 1L);
        assertThat(history.get(0).restoredFrom()).isEqualTo(OptionalLong.of(1));
        assertThat(history.get(0).changedBy()).isEqualTo("kari");
        assertThat(history.get(1).restoredFrom()).as("an ordinary save").isEmpty();
    }

    @Test
    void aRestoreOnTopOfAnOldVersionIsRefusedLikeAnySave() {
        StoredAssessment a = kari.create(Assessment.newDraft("Bibliotek"));
        ola.save(a.id(), 1, Assessment.newDraft("Bibliotek 2"));
        assertThatThrownBy(() -> kari.restoreVersion(a.id(), 1, 1)).isInstanceOf(StaleSaveException.class);
        assertThat(kari.history(a.id())).hasSize(2);
    }

    @Test
    void twoVersionsCompareByTheirRatingsAndTexts() {
        StoredAssessment a = kari.create(no.baerekraftsjekk.domain.Fixtures.fullAssessment());
        clock.advance(Duration.ofMinutes(1));
        Assessment changed = a.assessment().withConclusion("Ny konklusjon")
                .withGoal(a.assessment().goal(3).orElseThrow().withRatings(1, 3));
        ola.save(a.id(), 1, changed);

        List<AssessmentDiff.Change> diff = AssessmentDiff.between(kari.version(a.id(), 1).orElseThrow(), kari.version(a.id(), 2).orElseThrow());

        assertThat(diff).extracting(AssessmentDiff.Change::field).containsExactlyInAnyOrder(Field.POSITIVE, Field.NEGATIVE, Field.CONCLUSION);
    }

    /** A clock the test moves. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
