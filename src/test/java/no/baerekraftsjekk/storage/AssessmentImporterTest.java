package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentImporterTest {
    @TempDir
    Path folder;

    @Test
    void aLibraryThatCannotStoreTheFileGivesARefusedOutcomeInsteadOfAnException() throws Exception {
        Path file = folder.resolve("sak.bkj");
        Files.write(file, new BkjWriter().write(Fixtures.fullAssessment()));
        SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"));
        library.close();

        ImportOutcome outcome = new AssessmentImporter(library, AssessmentAnalyzer.standard(), new BkjReader()).importFile(file);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("Kunne ikke lagre i biblioteket"));
    }
}
