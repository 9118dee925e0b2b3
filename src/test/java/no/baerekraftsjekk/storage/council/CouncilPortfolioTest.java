package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.portfolio.VariedLibrary;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.usecase.LoadPortfolioTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The council library's read for the portfolio (migration V5's columns) against its documents read whole. */
@Tag("postgres")
class CouncilPortfolioTest {

    @Test
    void theColumnsKeptForTheRollUpGiveTheSamePortfolioAsTheDocuments() {
        CouncilServer council = CouncilTestServer.newLibrary("portfolio");
        try (PostgresLibrary library = PostgresLibrary.open(new CouncilConnector(council), "kari", Clock.systemUTC())) {
            List<StoredAssessment> stored = new ArrayList<>();
            for (Assessment a : VariedLibrary.assessments(300, 77)) {
                stored.add(library.create(a));
            }
            // Saves change the columns too: new ratings, a handling written, one to the bin.
            for (int i = 0; i < 30; i++) {
                StoredAssessment s = stored.get(i * 7);
                Assessment changed = s.assessment().hasAlternatives() ? s.assessment()
                        : s.assessment().withGoal(no.baerekraftsjekk.domain.GoalAssessment.screened(5, no.baerekraftsjekk.domain.Relevance.DIRECT)
                                .withRatings(i % 4, (i + 1) % 4))
                        .withHandling(no.baerekraftsjekk.domain.ConflictHandling.of(List.of(1, 5), "Avveid.", ""));
                library.save(s.id(), s.version(), changed);
            }
            library.delete(stored.get(3).id());

            LoadPortfolioTest.assertSamePortfolios(library);
            List<StoredAssessment> seen = new ArrayList<>();
            library.forEachRatings(seen::add);
            assertThat(seen).hasSize(299);
        }
    }
}
