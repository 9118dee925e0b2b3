package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentImporterTest {
    @TempDir
    Path folder;

    @Test
    void aLibraryThatCannotStoreTheFileGivesARefusedOutcomeInsteadOfAnException() throws Exception {
        Path file = writtenExample();
        SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"));
        library.close();

        ImportOutcome outcome = new AssessmentImporter(library, AssessmentAnalyzer.standard(), new BkjReader()).importFile(file);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(Texts.of(Language.NB).format(p.message())).startsWith("Kunne ikke lagre i biblioteket"));
    }

    /** The file manager's "open": a file opened before opens its assessment, edited since or not, instead of a copy. */
    @Test
    void aFileOpenedAgainOpensTheAssessmentItWasImportedIntoEvenWhenEditedSince() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            AssessmentImporter importer = new AssessmentImporter(library, AssessmentAnalyzer.standard(), new BkjReader());

            ImportOutcome first = importer.openOrImport(file);
            long id = first.id().orElseThrow();
            library.save(id, 1, library.find(id).orElseThrow().assessment().withConclusion("Endret etter import."));
            ImportOutcome again = importer.openOrImport(file);

            assertThat(first.alreadyThere()).isFalse();
            assertThat(again.alreadyThere()).isTrue();
            assertThat(again.id()).hasValue(id);
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void aFileWhoseAssessmentIsInTheBinIsImportedAfresh() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            AssessmentImporter importer = new AssessmentImporter(library, AssessmentAnalyzer.standard(), new BkjReader());
            long id = importer.openOrImport(file).id().orElseThrow();
            library.delete(id);

            ImportOutcome again = importer.openOrImport(file);

            assertThat(again.alreadyThere()).isFalse();
            assertThat(again.id()).isPresent().isNotEqualTo(java.util.OptionalLong.of(id));
            library.restore(id);
            assertThat(importer.openOrImport(file).id()).as("the newest import wins").isEqualTo(again.id());
        }
    }

    /** The command line's import does what it says, also twice; the file then opens the newest copy. */
    @Test
    void anExplicitImportMakesACopyAndAnExportedFileOpensItsAssessment() throws Exception {
        Path file = writtenExample();
        try (SqliteLibrary library = SqliteLibrary.open(folder.resolve("lib.sqlite"))) {
            AssessmentImporter importer = new AssessmentImporter(library, AssessmentAnalyzer.standard(), new BkjReader());
            importer.importFile(file);
            long copy = importer.importFile(file).id().orElseThrow();
            long other = library.create(Fixtures.fullAssessment().withConclusion("En annen sak.")).id();
            Path exported = folder.resolve("eksportert.bkj");
            new BkjWriter().write(library.find(other).orElseThrow().assessment(), exported);
            importer.rememberFile(exported, other);

            assertThat(library.list()).hasSize(3);
            assertThat(importer.openOrImport(file).id()).hasValue(copy);
            assertThat(importer.openOrImport(exported).id()).hasValue(other);
            assertThat(library.list()).hasSize(3);
        }
    }

    private Path writtenExample() throws Exception {
        Path file = folder.resolve("sak.bkj");
        Files.write(file, new BkjWriter().write(Fixtures.fullAssessment()));
        return file;
    }
}
