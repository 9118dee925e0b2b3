package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.LibraryUnusableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyLibraryTest {
    @TempDir
    Path data;

    @Test
    void opensTheLibraryOfTheDataFolderForWhoeverClaimsIt() throws Exception {
        WindowUnderTest.seed(data);

        try (AssessmentLibrary library = EarlyLibrary.begin(data).await()) {
            assertThat(library.list()).hasSize(6);
        }
    }

    @Test
    void aDamagedLibraryIsHandedOverAsTheFailureOpeningItThrows() throws Exception {
        Path file = data.resolve(DataFolder.DATABASE_FILE);
        byte[] before = new byte[20_000];
        new Random(8).nextBytes(before);
        Files.write(file, before);

        assertThatThrownBy(() -> EarlyLibrary.begin(data).await()).isInstanceOf(LibraryUnusableException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
