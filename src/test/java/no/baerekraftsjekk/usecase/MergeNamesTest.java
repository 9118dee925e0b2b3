package no.baerekraftsjekk.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.portfolio.CaseFacts;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeNamesTest {
    @TempDir
    Path folder;

    @Test
    void everyAssessmentWithOneOfTheSpellingsGetsTheChosenOneAndNothingElseChanges() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            Assessment full = Fixtures.fullAssessment();
            long a = library.create(unit(full, "kommunalteknikk ")).id();
            long b = library.create(unit(full, "Kommunal-teknikk")).id();
            long c = library.create(unit(full, "Kommunalteknikk")).id();
            long other = library.create(unit(full, "Oppvekst")).id();

            int changed = new MergeNames(library).merge(Grouping.UNIT, List.of("kommunalteknikk ", "Kommunal-teknikk"), "Kommunalteknikk");

            assertThat(changed).isEqualTo(2);
            for (long id : List.of(a, b, c)) {
                assertThat(library.find(id).orElseThrow().assessment()).isEqualTo(unit(full, "Kommunalteknikk"));
            }
            assertThat(library.find(other).map(StoredAssessment::assessment).orElseThrow().caseInfo().unit()).isEqualTo("Oppvekst");
        }
    }

    @Test
    void anAssessmentSavedByAColleagueDuringTheMergeKeepsTheirChangeAndGetsTheName() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            Assessment full = Fixtures.fullAssessment();
            long a = library.create(unit(full, "kommunalteknikk ")).id();
            long b = library.create(unit(full, "Kommunal-teknikk")).id();
            // The colleague saves b just before the merge reaches it.
            AssessmentLibrary racing = colleagueSavesFirst(library, b,
                    stored -> stored.assessment().withCaseInfo(stored.assessment().caseInfo().withTitle("Endret av kollega")));

            int changed = new MergeNames(racing).merge(Grouping.UNIT, List.of("kommunalteknikk ", "Kommunal-teknikk"), "Kommunalteknikk");

            assertThat(changed).isEqualTo(2);
            assertThat(library.find(a).orElseThrow().assessment().caseInfo().unit()).isEqualTo("Kommunalteknikk");
            var info = library.find(b).orElseThrow().assessment().caseInfo();
            assertThat(info.unit()).isEqualTo("Kommunalteknikk");
            assertThat(info.title()).isEqualTo("Endret av kollega");
        }
    }

    @Test
    void anAssessmentAColleagueRenamedToAnotherUnitMeanwhileIsLeftAlone() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            Assessment full = Fixtures.fullAssessment();
            long b = library.create(unit(full, "Kommunal-teknikk")).id();
            AssessmentLibrary racing = colleagueSavesFirst(library, b, stored -> unit(stored.assessment(), "Oppvekst"));

            int changed = new MergeNames(racing).merge(Grouping.UNIT, List.of("Kommunal-teknikk"), "Kommunalteknikk");

            assertThat(changed).isZero();
            assertThat(library.find(b).orElseThrow().assessment().caseInfo().unit()).isEqualTo("Oppvekst");
        }
    }

    /** The library, except that the first save of {@code id} is preceded by a colleague's save of it. */
    private static AssessmentLibrary colleagueSavesFirst(AssessmentLibrary library, long id,
            java.util.function.Function<StoredAssessment, Assessment> colleague) {
        boolean[] done = {false};
        return (AssessmentLibrary) java.lang.reflect.Proxy.newProxyInstance(AssessmentLibrary.class.getClassLoader(),
                new Class<?>[] {AssessmentLibrary.class}, (proxy, method, args) -> {
                    if (method.getName().equals("save") && args[0].equals(id) && !done[0]) {
                        done[0] = true;
                        StoredAssessment now = library.find(id).orElseThrow();
                        library.save(id, now.version(), colleague.apply(now));
                    }
                    try {
                        return method.invoke(library, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void loadingThePortfolioAnalysesEveryAssessmentInTheLibrary() {
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            library.create(Fixtures.fullAssessment());
            library.create(Assessment.newDraft("Tom"));

            var entries = new LoadPortfolio(library, no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer.standard(),
                    java.time.ZoneOffset.UTC).entries();

            assertThat(entries).extracting(e -> e.title()).containsExactly(Fixtures.fullAssessment().caseInfo().title(), "Tom");
        }
    }

    private static Assessment unit(Assessment a, String unit) {
        return a.withCaseInfo(CaseFacts.withUnit(a.caseInfo(), unit));
    }
}
