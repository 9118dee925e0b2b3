package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalInt;
import no.baerekraftsjekk.domain.ReviewStep;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.LibraryException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Titles, search words and comments built to break SQL or JSON change nothing and find only what they should. */
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final List<String> TITLES = List.of("O'Brien sin sak", "'; DROP TABLE assessment; --", "100% sikker",
            "a_b_c", "back\\slash \\\\ og \\%", "\"}, \"status\": \"COMPLETE\", \"x\": {\"", "tab\tog\u0007klokke\u0000null",
            "lang " + "x".repeat(295));
    private CouncilPeople people;
    private long exempt;

    @BeforeAll
    void council() {
        people = new CouncilPeople(CouncilTestServer.newLibrary("hostile"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("ola", "Ola Berg", LibraryRole.CASEWORKER, "Kultur")
                .add("lena", "Lena Leder", LibraryRole.LEADER, "Helse");
        try (PostgresLibrary kari = people.library("kari")) {
            for (String title : TITLES) {
                kari.create(CouncilPeople.assessment(title, "Helse", null, Status.DRAFT));
            }
            exempt = kari.create(CouncilPeople.assessment("Hemmelig 100% _ \\ '", "Helse", "Offl. § 13", Status.DRAFT)).id();
            kari.create(CouncilPeople.assessment("Vanlig sak", "Helse", null, Status.COMPLETE));
        }
    }

    private List<String> titlesFound(String as, String query) {
        try (PostgresLibrary library = people.library(as)) {
            return library.search(query).stream().map(AssessmentSummary::title).toList();
        }
    }

    @Test
    void everyHostileTitleIsStoredAsItWasWrittenAndTheTablesAreAllThere() throws Exception {
        try (PostgresLibrary kari = people.library("kari")) {
            List<String> stored = kari.list().stream().map(AssessmentSummary::title).toList();
            for (String title : TITLES) {
                // PostgreSQL cannot hold NUL, so it is dropped; every other character is kept as written.
                assertThat(stored).contains(title.replace("\u0000", ""));
            }
        }
        try (Connection db = people.superuser(); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT count(*) FROM assessment")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(TITLES.size() + 2);
        }
    }

    @Test
    void searchWordsMeanTheirOwnCharactersNotSqlOrPatterns() {
        assertThat(titlesFound("kari", "%")).containsExactlyInAnyOrder("100% sikker", "back\\slash \\\\ og \\%", "Hemmelig 100% _ \\ '");
        assertThat(titlesFound("kari", "_")).containsExactlyInAnyOrder("a_b_c", "Hemmelig 100% _ \\ '");
        assertThat(titlesFound("kari", "\\")).containsExactlyInAnyOrder("back\\slash \\\\ og \\%", "Hemmelig 100% _ \\ '");
        assertThat(titlesFound("kari", "'; DROP TABLE assessment; --")).containsExactly("'; DROP TABLE assessment; --");
        assertThat(titlesFound("kari", "O'Brien")).containsExactly("O'Brien sin sak");
        assertThat(titlesFound("kari", "x".repeat(5000))).isEmpty();
        assertThat(titlesFound("kari", "\u0000\u0007")).hasSize(TITLES.size() + 2);
        // Another unit's caseworker finds nothing of Helse's drafts or the exempt one, whatever the pattern.
        assertThat(titlesFound("ola", "%")).isEmpty();
        assertThat(titlesFound("ola", "")).containsExactly("Vanlig sak");
        assertThat(titlesFound("ola", "' OR '1'='1")).isEmpty();
    }

    @Test
    void aHostileCommentIsKeptAsWrittenAndATooLongOneIsRefusedWithNothingWritten() {
        String hostile = "'); DELETE FROM review_comment; -- \"}] %_\\ \n linje to \u00e6\u00f8\u00e5";
        try (PostgresLibrary lena = people.library("lena")) {
            Reviews reviews = new Reviews(lena);
            reviews.comment(exempt, ReviewStep.CONFLICTS, OptionalInt.empty(), hostile, "Lena Leder");
            reviews.comment(exempt, ReviewStep.ASSESSMENT, OptionalInt.of(17), "x".repeat(20_000), "Lena Leder");
            assertThatThrownBy(() -> reviews.comment(exempt, ReviewStep.CASE, OptionalInt.empty(), "x".repeat(20_001), "Lena Leder"))
                    .isInstanceOf(LibraryException.class);
            assertThatThrownBy(() -> reviews.comment(exempt, ReviewStep.CASE, OptionalInt.of(18), "mål 18", "Lena Leder"))
                    .isInstanceOf(LibraryException.class);
            assertThat(reviews.comments(exempt)).extracting(ReviewComment::text).containsExactly(hostile, "x".repeat(20_000));
        }
    }
}
