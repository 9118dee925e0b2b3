package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("postgres")
class PostgresLibraryTest {
    private CouncilServer council;
    private PostgresLibrary library;

    @BeforeEach
    void freshLibrary() {
        council = CouncilTestServer.newLibrary("library");
        library = PostgresLibrary.open(new CouncilConnector(council), "kari", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void storesEveryFieldOfAFullAssessmentAndReadsItBackEqual() {
        Assessment full = Fixtures.fullAssessment();
        StoredAssessment created = library.create(full);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.changedBy()).isEqualTo("kari");
        try (PostgresLibrary other = PostgresLibrary.open(new CouncilConnector(council), "ola", Clock.systemUTC())) {
            assertThat(other.find(created.id())).contains(created);
        }
    }

    @Test
    void anEmptyTitleStaysEmpty() {
        Assessment untitled = Assessment.newDraft("");
        long id = library.create(untitled).id();
        assertThat(library.find(id).orElseThrow().assessment()).isEqualTo(untitled);
    }

    @Test
    void saveReplacesTheWholeAssessmentCountsTheVersionAndKeepsCreatedTime() {
        StoredAssessment first = library.create(Fixtures.fullAssessment());
        Assessment changed = Assessment.newDraft("Bare tittel");
        StoredAssessment saved = library.save(first.id(), 1, changed);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.created()).isEqualTo(first.created());
        assertThat(library.find(first.id())).contains(saved);
    }

    @Test
    void aSaveOnAnOlderVersionIsRefusedWithWhoAndWhenAndChangesNothing() {
        StoredAssessment first = library.create(Assessment.newDraft("Skolebygg"));
        try (PostgresLibrary colleague = PostgresLibrary.open(new CouncilConnector(council), "ola", Clock.systemUTC())) {
            StoredAssessment theirs = colleague.save(first.id(), 1, Assessment.newDraft("Skolebygg, Olas endring"));
            assertThatThrownBy(() -> library.save(first.id(), 1, Assessment.newDraft("Skolebygg, Karis endring")))
                    .isInstanceOfSatisfying(StaleSaveException.class, e -> {
                        assertThat(e.currentVersion()).isEqualTo(2);
                        assertThat(e.changedBy()).isEqualTo("ola");
                        assertThat(e.changedAt()).isEqualTo(theirs.changed());
                    })
                    .satisfies(said("ble lagret av ola", "ikke lagret over"));
        }
        assertThat(library.find(first.id()).orElseThrow().assessment().caseInfo().title()).isEqualTo("Skolebygg, Olas endring");
    }

    @Test
    void savingAnAssessmentThatDoesNotExistSaysSoInNorwegian() {
        assertThatThrownBy(() -> library.save(42, 1, Assessment.newDraft("x")))
                .isInstanceOf(LibraryException.class).isNotInstanceOf(StaleSaveException.class)
                .satisfies(said("Finner ikke vurdering nr. 42"));
    }

    @Test
    void searchFindsEveryWordAndWordPartsIgnoringCaseAlsoForNorwegianLetters() {
        long school = library.create(Fixtures.fullAssessment()).id();
        library.create(Assessment.newDraft("Vindkraft på Østfjellet"));
        library.create(Assessment.newDraft("Rabatt 50% for_alle"));
        assertThat(library.search("nordbyhagen BARNESKOLE")).extracting(AssessmentSummary::id).containsExactly(school);
        assertThat(library.search("ØSTFJELLET")).extracting(AssessmentSummary::title).containsExactly("Vindkraft på Østfjellet");
        assertThat(library.search("østfj kraft")).extracting(AssessmentSummary::title).containsExactly("Vindkraft på Østfjellet");
        assertThat(library.search("erstatningsareal")).extracting(AssessmentSummary::id).containsExactly(school);
        assertThat(library.search("50%")).extracting(AssessmentSummary::title).containsExactly("Rabatt 50% for_alle");
        assertThat(library.search("r_alle")).extracting(AssessmentSummary::title).containsExactly("Rabatt 50% for_alle");
        assertThat(library.search("0%f")).isEmpty();
        assertThat(library.search("  ")).hasSize(3);
        assertThat(library.search("finnes-ikke")).isEmpty();
    }

    @Test
    void pagesComeNewestFirstAndSayWhetherMoreFollow() {
        for (int i = 1; i <= 25; i++) {
            library.create(Assessment.newDraft("Sak " + i + (i % 2 == 0 ? " vei" : " skole")));
        }
        SummaryPage first = library.page("", 0, 10);
        assertThat(first.rows()).extracting(AssessmentSummary::title).startsWith("Sak 25 skole", "Sak 24 vei");
        assertThat(first.more()).isTrue();
        assertThat(library.page("", 20, 10).rows()).hasSize(5);
        assertThat(library.page("", 20, 10).more()).isFalse();
        SummaryPage roads = library.page("VEI", 0, 5);
        assertThat(roads.rows()).extracting(AssessmentSummary::title).containsExactly("Sak 24 vei", "Sak 22 vei", "Sak 20 vei", "Sak 18 vei", "Sak 16 vei");
        assertThat(roads.more()).isTrue();
    }

    @Test
    void deleteMovesToTheBinAndRestoreBringsItBack() {
        long id = library.create(Fixtures.fullAssessment()).id();
        library.delete(id);
        assertThat(library.list()).isEmpty();
        assertThat(library.find(id)).isEmpty();
        assertThatThrownBy(() -> library.save(id, 1, Assessment.newDraft("x"))).satisfies(said("Finner ikke"));
        library.restore(id);
        assertThat(library.list()).extracting(AssessmentSummary::id).containsExactly(id);
    }

    @Test
    void listShowsTheMostRecentlyChangedFirst() {
        long a = library.create(Assessment.newDraft("A")).id();
        long b = library.create(Assessment.newDraft("B")).id();
        library.save(a, 1, Assessment.newDraft("A endret").withStatus(Status.COMPLETE));
        assertThat(library.list()).extracting(AssessmentSummary::id).containsExactly(a, b);
        assertThat(library.list().get(0).status()).isEqualTo(Status.COMPLETE);
    }

    @Test
    void remembersFilesAndForgetsThemWithTheBin() {
        long a = library.create(Assessment.newDraft("A")).id();
        long b = library.create(Assessment.newDraft("B")).id();
        library.rememberFile(a, "ab".repeat(32));
        assertThat(library.findByFile("ab".repeat(32))).hasValue(a);
        library.rememberFile(b, "ab".repeat(32));
        assertThat(library.findByFile("ab".repeat(32))).hasValue(b);
        library.delete(b);
        assertThat(library.findByFile("ab".repeat(32))).isEmpty();
    }

    @Test
    void keepsTheIdGivenWhenCopyingAndNewOnesDoNotCollide() {
        Instant created = Instant.parse("2025-03-01T10:00:00Z");
        StoredAssessment copied = library.createWithId(500, Assessment.newDraft("Fra eget bibliotek"), created);
        assertThat(copied.id()).isEqualTo(500);
        assertThat(library.find(500).orElseThrow().created()).isEqualTo(created);
        assertThat(library.create(Assessment.newDraft("Ny")).id()).isGreaterThan(500);
        assertThatThrownBy(() -> library.createWithId(500, Assessment.newDraft("igjen"), created))
                .isInstanceOf(LibraryException.class).satisfies(said("samme nummer"));
    }

    @Test
    void anEditSentTwiceIsAppliedOnce() {
        long id = library.create(Assessment.newDraft("A")).id();
        UUID edit = UUID.randomUUID();
        StoredAssessment once = library.saveEdit(id, 1, Assessment.newDraft("A2"), edit);
        StoredAssessment twice = library.saveEdit(id, 1, Assessment.newDraft("A2"), edit);
        assertThat(twice).isEqualTo(once);
        assertThat(library.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void opensOnlyADatabaseThatItHasSetUp() {
        CouncilServer empty = CouncilTestServer.emptyDatabase("empty");
        assertThatThrownBy(() -> PostgresLibrary.open(new CouncilConnector(empty)))
                .isInstanceOf(LibraryException.class).satisfies(said("server init"));
        CouncilSchema.Upgrade upgrade = CouncilSchema.migrate(new CouncilConnector(empty));
        assertThat(upgrade).isEqualTo(new CouncilSchema.Upgrade(0, CouncilSchema.VERSION));
        assertThat(CouncilSchema.migrate(new CouncilConnector(empty))).isEqualTo(new CouncilSchema.Upgrade(CouncilSchema.VERSION, CouncilSchema.VERSION));
        PostgresLibrary.open(new CouncilConnector(empty)).close();
    }

    @Test
    void anUnreachableServerSaysSoPlainly() {
        CouncilServer nowhere = CouncilServer.ofUrl("jdbc:postgresql://127.0.0.1:1/ingen");
        assertThatThrownBy(() -> PostgresLibrary.open(new CouncilConnector(nowhere)))
                .isInstanceOf(CouncilUnreachableException.class).satisfies(said("Får ikke kontakt med kommunebiblioteket"));
    }

    @Test
    void aPastClockIsKeptToTheMicrosecond() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-02T08:15:30.123456789Z"), ZoneOffset.UTC);
        try (PostgresLibrary timed = PostgresLibrary.open(new CouncilConnector(council), "kari", fixed)) {
            StoredAssessment created = timed.create(Assessment.newDraft("Tid"));
            assertThat(created.changed()).isEqualTo(Instant.parse("2026-12-02T08:15:30.123456Z"));
            assertThat(timed.find(created.id())).contains(created);
        }
    }

    /** What the caseworker reads: the failure's explanation in bokmål. */
    static org.assertj.core.api.ThrowingConsumer<Throwable> said(String... parts) {
        return e -> assertThat(no.baerekraftsjekk.ui.Words.TEXTS.explain(e)).contains(parts);
    }

    private PostgresLibrary newSession() {
        return PostgresLibrary.open(new CouncilConnector(council), "per", Clock.systemUTC());
    }
}
