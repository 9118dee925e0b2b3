package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssessmentLibrary} promises, whatever keeps the data: the SQLite library, the
 * in-memory fake the screens are tested with, and the council's PostgreSQL library each run it by
 * extending this class. Nothing here may depend on how a library stores its data.
 */
public abstract class AssessmentLibraryContract {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static final Texts NB = Texts.of(Language.NB);

    protected AssessmentLibrary library;

    /** A new, empty library. Each change it makes must be recorded at a later time than the one before. */
    protected abstract AssessmentLibrary newLibrary() throws Exception;

    /** Who the library records as having made a change. */
    protected String expectedUser() {
        return System.getProperty("user.name", "");
    }

    @BeforeEach
    void openLibrary() throws Exception {
        library = newLibrary();
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    @Test
    void createStoresVersionOneMadeByTheCurrentUser() {
        StoredAssessment created = library.create(Fixtures.fullAssessment());

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.changedBy()).isEqualTo(expectedUser());
        assertThat(created.changed()).isEqualTo(created.created());
        assertThat(library.find(created.id())).contains(created);
    }

    /** Issue 20: what only the library keeps (dismissed hints, the note on small conflicts) survives a create and a save. */
    @Test
    void dismissedHintsAndTheNoteOnSmallConflictsAreKept() {
        Assessment withDismissal = Fixtures.fullAssessment()
                .withDismissedHint(new no.baerekraftsjekk.domain.HintDismissal(java.util.List.of(8, 14), 14, "Ingen sjø i planområdet."))
                .withMinorConflictsNote("Små konflikter følges opp i detaljplanen.");
        StoredAssessment created = library.create(withDismissal);
        assertThat(library.find(created.id()).orElseThrow().assessment().dismissedHints())
                .isEqualTo(withDismissal.dismissedHints());

        Assessment shownAgain = created.assessment().withoutDismissedHint(java.util.List.of(8, 14), 14)
                .withDismissedHint(new no.baerekraftsjekk.domain.HintDismissal(java.util.List.of(2, 13), 2, ""));
        library.save(created.id(), created.version(), shownAgain);

        Assessment found = library.find(created.id()).orElseThrow().assessment();
        assertThat(found.dismissedHints()).singleElement().satisfies(d -> {
            assertThat(d.goals()).containsExactly(2, 13);
            assertThat(d.overlookedGoal()).isEqualTo(2);
            assertThat(d.reason()).isEmpty();
        });
        assertThat(found.minorConflictsNote()).isEqualTo("Små konflikter følges opp i detaljplanen.");
    }

    @Test
    void anAssessmentWithoutAnIdentityIsGivenOneThatSavesKeepAndLookUpFinds() {
        Assessment withoutId = Fixtures.fullAssessment().withId(null);
        StoredAssessment created = library.create(withoutId);
        java.util.UUID given = created.assessment().id();

        assertThat(given).isNotNull();
        assertThat(created.assessment()).isEqualTo(withoutId.withId(given));
        library.save(created.id(), created.version(), withoutId.withConclusion("Uten id i hånden."));
        assertThat(library.find(created.id()).orElseThrow().assessment().id()).isEqualTo(given);
        assertThat(library.findByAssessmentId(given)).hasValue(created.id());
        library.delete(created.id());
        assertThat(library.findByAssessmentId(given)).isEmpty();
    }

    @Test
    void everyFieldOfAFullAssessmentIsReadBackEqual() {
        Assessment full = Fixtures.fullAssessment();
        long id = library.create(full).id();

        assertThat(library.find(id)).get().extracting(StoredAssessment::assessment).isEqualTo(full);
    }

    @Test
    void aCaseWithAlternativesIsReadBackEqualAndASaveMayTurnItBackIntoOneAssessment() {
        Assessment ofCase = Fixtures.caseWithAlternatives();
        long id = library.create(ofCase).id();

        assertThat(library.find(id)).get().extracting(StoredAssessment::assessment).isEqualTo(ofCase);
        Assessment single = ofCase.withoutAlternative(0).withoutAlternative(1);
        library.save(id, 1, single);
        assertThat(library.find(id)).get().extracting(StoredAssessment::assessment).isEqualTo(single);
    }

    @Test
    void aCaseWithAlternativesIsSeenByTheRollUpWithItsAlternativesAndTheRecommendedOne() {
        Assessment ofCase = Fixtures.caseWithAlternatives();
        library.create(ofCase);
        java.util.List<Assessment> seen = new java.util.ArrayList<>();

        library.forEachRatings(stored -> seen.add(stored.assessment()));

        assertThat(seen).singleElement().satisfies(a -> {
            assertThat(a.alternatives()).extracting(no.baerekraftsjekk.domain.Alternative::label)
                    .containsExactlyElementsOf(ofCase.alternatives().stream().map(no.baerekraftsjekk.domain.Alternative::label).toList());
            // The ratings, not the texts: a roll-up reads no free text (the council library leaves it on the server).
            assertThat(a.alternatives().get(1).goals()).hasSameSizeAs(ofCase.alternatives().get(1).goals());
            ofCase.alternatives().get(1).goals().forEach((goal, g) -> assertThat(a.alternatives().get(1).goals().get(goal))
                    .extracting("relevance", "positive", "negative").containsExactly(g.relevance(), g.positive(), g.negative()));
            assertThat(a.recommendation().alternative()).isEqualTo(ofCase.recommendation().alternative());
        });
    }

    @Test
    void aSaveReplacesTheWholeAssessmentCountsTheVersionUpAndKeepsTheCreatedTime() {
        StoredAssessment first = library.create(Fixtures.fullAssessment());
        Assessment changed = Assessment.newDraft("Bare tittel");

        StoredAssessment saved = library.save(first.id(), 1, changed);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.created()).isEqualTo(first.created());
        assertThat(saved.changed()).isAfter(first.changed());
        assertThat(saved.changedBy()).isEqualTo(expectedUser());
        assertThat(library.find(first.id())).contains(saved);
        assertThat(library.save(first.id(), 2, changed.withConclusion("Igjen")).version()).isEqualTo(3);
    }

    @Test
    void ofTwoSavesFromTheSameVersionTheSecondIsRefusedAndNothingIsOverwritten() {
        long id = library.create(Assessment.newDraft("Start")).id();
        StoredAssessment mine = library.save(id, 1, Assessment.newDraft("Første lagring"));

        assertThatThrownBy(() -> library.save(id, 1, Assessment.newDraft("Andre lagring")))
                .isInstanceOfSatisfying(StaleSaveException.class, stale -> {
                    assertThat(stale.currentVersion()).isEqualTo(2);
                    assertThat(stale.changedBy()).isEqualTo(expectedUser());
                    assertThat(stale.changedAt()).isEqualTo(mine.changed());
                })
                .isInstanceOf(LibraryException.class)
                .satisfies(e -> assertThat(NB.explain(e)).contains("ble lagret av " + expectedUser()));
        assertThat(library.find(id)).contains(mine);
    }

    @Test
    void aSaveFromAVersionNotYetStoredIsRefusedToo() {
        long id = library.create(Assessment.newDraft("Start")).id();

        assertThatThrownBy(() -> library.save(id, 5, Assessment.newDraft("Fra framtiden")))
                .isInstanceOfSatisfying(StaleSaveException.class, stale -> assertThat(stale.currentVersion()).isEqualTo(1));
        assertThat(library.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Start");
    }

    @Test
    void savingAnAssessmentThatDoesNotExistSaysSoInNorwegian() {
        assertThatThrownBy(() -> library.save(42, 1, Assessment.newDraft("x")))
                .isInstanceOf(LibraryException.class).isNotInstanceOf(StaleSaveException.class)
                .satisfies(e -> assertThat(NB.explain(e)).contains("Finner ikke vurdering nr. 42"));
    }

    @Test
    void anAssessmentInTheBinCannotBeSavedUntilRestoredAndThenKeepsItsVersion() {
        long id = library.create(Assessment.newDraft("Start")).id();
        library.save(id, 1, Assessment.newDraft("Endret"));
        library.delete(id);

        assertThatThrownBy(() -> library.save(id, 2, Assessment.newDraft("I papirkurven")))
                .isInstanceOf(LibraryException.class).isNotInstanceOf(StaleSaveException.class);
        library.restore(id);
        assertThat(library.find(id).orElseThrow().version()).isEqualTo(2);
        assertThat(library.save(id, 2, Assessment.newDraft("Tilbake")).version()).isEqualTo(3);
    }

    @Test
    void theListShowsTheMostRecentlyChangedFirstWithItsStatus() {
        long a = library.create(Assessment.newDraft("A")).id();
        long b = library.create(Assessment.newDraft("B")).id();
        library.save(a, 1, Assessment.newDraft("A endret").withStatus(Status.COMPLETE));

        assertThat(library.list()).extracting(AssessmentSummary::id).containsExactly(a, b);
        assertThat(library.list().getFirst().status()).isEqualTo(Status.COMPLETE);
        assertThat(library.list().getFirst().title()).isEqualTo("A endret");
    }

    @Test
    void searchFindsEveryWordIgnoringCaseAlsoForNorwegianLettersAndInTheTexts() {
        long school = library.create(Fixtures.fullAssessment()).id();
        library.create(Assessment.newDraft("Vindkraft på Østfjellet"));

        assertThat(library.search("nordbyhagen BARNESKOLE")).extracting(AssessmentSummary::id).containsExactly(school);
        assertThat(library.search("ØSTFJELLET")).extracting(AssessmentSummary::title).containsExactly("Vindkraft på Østfjellet");
        assertThat(library.search("erstatningsareal")).extracting(AssessmentSummary::id).containsExactly(school);
        assertThat(library.search("  ")).hasSize(2);
        assertThat(library.search("finnes-ikke")).isEmpty();
    }

    @Test
    void searchLeavesOutWhatIsInTheBin() {
        long id = library.create(Assessment.newDraft("Vindkraft")).id();
        library.delete(id);

        assertThat(library.search("vindkraft")).isEmpty();
    }

    @Test
    void deleteMovesToTheBinAndRestoreBringsItBack() {
        long id = library.create(Fixtures.fullAssessment()).id();

        library.delete(id);
        assertThat(library.list()).isEmpty();
        assertThat(library.find(id)).isEmpty();

        library.restore(id);
        assertThat(library.list()).extracting(AssessmentSummary::id).containsExactly(id);
        assertThat(library.find(id).orElseThrow().assessment()).isEqualTo(Fixtures.fullAssessment());
    }

    @Test
    void deletingOrRestoringAnAssessmentThatNeverExistedSaysSo() {
        assertThatThrownBy(() -> library.delete(42)).isInstanceOf(LibraryException.class)
                .satisfies(e -> assertThat(NB.explain(e)).contains("Finner ikke vurdering nr. 42"));
        assertThatThrownBy(() -> library.restore(42)).isInstanceOf(LibraryException.class)
                .satisfies(e -> assertThat(NB.explain(e)).contains("Finner ikke vurdering nr. 42"));
    }

    @Test
    void aKnownFileFindsItsAssessmentTheNewestWinsAndTheBinHidesIt() {
        long first = library.create(Assessment.newDraft("Første")).id();
        long second = library.create(Assessment.newDraft("Andre")).id();

        assertThat(library.findByFile(SHA_A)).isEmpty();
        library.rememberFile(first, SHA_A);
        assertThat(library.findByFile(SHA_A)).hasValue(first);
        library.rememberFile(second, SHA_A);
        assertThat(library.findByFile(SHA_A)).hasValue(second);

        library.rememberFile(first, SHA_B);
        library.delete(first);
        assertThat(library.findByFile(SHA_B)).isEmpty();
        library.restore(first);
        assertThat(library.findByFile(SHA_B)).hasValue(first);
    }

    @Test
    void theKnownValuesOfAFieldAreTrimmedDistinctInNorwegianOrderWithoutBlanksOrTheBin() {
        library.create(withUnit("Plan og bygg", "Ås kommune", "Kari"));
        library.create(withUnit(" Plan og bygg ", "Ørland kommune", ""));
        library.create(withUnit("Økonomi", "Ås kommune", "Ola"));
        library.create(withUnit("Areal", "Ærøy kommune", "  "));
        long binned = library.create(withUnit("Barnehage", "Bø kommune", "Per")).id();
        library.delete(binned);

        assertThat(library.knownValues(CaseField.UNIT)).containsExactly("Areal", "Plan og bygg", "Økonomi");
        assertThat(library.knownValues(CaseField.ORGANISATION))
                .containsExactly("Ærøy kommune", "Ørland kommune", "Ås kommune");
        assertThat(library.knownValues(CaseField.CASEWORKER)).containsExactly("Kari", "Ola");
    }

    private static Assessment withUnit(String unit, String organisation, String caseworker) {
        Assessment a = Assessment.newDraft("Sak i " + unit);
        CaseInfo info = a.caseInfo();
        return a.withCaseInfo(new CaseInfo(info.title(), "", CaseType.OTHER, organisation, unit, caseworker, null, "", null));
    }
}
