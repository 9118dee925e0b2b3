package no.baerekraftsjekk.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.portfolio.CaseFacts;
import no.baerekraftsjekk.domain.portfolio.Grouping;
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
