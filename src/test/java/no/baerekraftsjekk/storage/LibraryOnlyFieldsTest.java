package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.HintDismissal;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dismissed hints and the note on small conflicts are kept with the assessment in the library, across
 * a restart, and never reach an exported {@code .bkj} file, whose format has no field for them.
 */
class LibraryOnlyFieldsTest {
    private static final Assessment WITH_EXTRAS = Fixtures.fullAssessment()
            .withDismissedHint(new HintDismissal(List.of(14, 8), 14, "Planen berører ikke sjøen."))
            .withMinorConflictsNote("Følges opp i detaljplanen.");

    @TempDir
    Path folder;

    @Test
    void theySurviveClosingAndReopeningTheLibrary() {
        Path file = folder.resolve("bibliotek.sqlite");
        long id;
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            id = library.create(WITH_EXTRAS).id();
        }
        try (SqliteLibrary reopened = SqliteLibrary.open(file)) {
            Assessment found = reopened.find(id).orElseThrow().assessment();
            assertThat(found.dismissedHints()).containsExactly(new HintDismissal(List.of(8, 14), 14, "Planen berører ikke sjøen."));
            assertThat(found.minorConflictsNote()).isEqualTo("Følges opp i detaljplanen.");
        }
    }

    @Test
    void anExportedFileHoldsNeitherAndReadsWithoutWarnings() throws Exception {
        byte[] exported = new BkjWriter().write(WITH_EXTRAS);

        assertThat(new String(exported, StandardCharsets.UTF_8)).doesNotContain("dismiss", "libraryOnly", "Følges opp i detaljplanen");
        var read = new BkjReader().read(exported);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.assessment().dismissedHints()).isEmpty();
    }

    @Test
    void theCouncilDocumentCarriesThemBesideTheFileContent() throws Exception {
        LibraryDocument documents = new LibraryDocument();

        Assessment back = documents.read(documents.write(WITH_EXTRAS));

        assertThat(back).isEqualTo(WITH_EXTRAS);
        assertThat(documents.write(Fixtures.fullAssessment())).isEqualTo(new BkjWriter().write(Fixtures.fullAssessment()));
        assertThat(documents.read(new BkjWriter().write(Fixtures.fullAssessment()))).isEqualTo(Fixtures.fullAssessment());
    }
}
