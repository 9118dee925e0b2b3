package no.baerekraftsjekk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.URLClassLoader;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleAssessmentsTest {
    @TempDir
    Path root;

    @Test
    void theShippedExamplesAllReadAndHaveTitles() {
        assertThat(ExampleAssessments.shipped().list()).isNotEmpty()
                .allSatisfy(example -> assertThat(example.title()).isNotBlank());
    }

    @Test
    void everyTitleInTheShippedIndexIsTheTitleInItsFile() throws Exception {
        ExampleAssessments shipped = ExampleAssessments.shipped();
        var examples = shipped.list();
        assertThat(examples).hasSize(6);
        for (ExampleAssessments.Example example : examples) {
            assertThat(example.title()).as(example.resource())
                    .isEqualTo(new BkjReader().read(shipped.bytes(example)).assessment().caseInfo().title());
        }
    }

    @Test
    void aTitleInTheIndexIsTakenWithoutReadingTheFile() throws Exception {
        Path folder = Files.createDirectories(root.resolve("examples"));
        write(folder.resolve("a-skole.bkj"), "Skole");
        Files.writeString(folder.resolve("b-ødelagt.bkj"), "{", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("index.txt"), "a-skole.bkj\tNy skole i indeksen\nb-ødelagt.bkj\tLest fra indeksen\n",
                StandardCharsets.UTF_8);
        int[] reads = {0};
        ClassLoader loader = new URLClassLoader(new URL[] {folder.getParent().toUri().toURL()}, null);
        ExampleAssessments examples = new ExampleAssessments(loader, "examples", () -> {
            reads[0]++;
            return new BkjReader();
        });

        assertThat(examples.list()).extracting(ExampleAssessments.Example::title)
                .containsExactly("Ny skole i indeksen", "Lest fra indeksen");
        assertThat(reads[0]).isZero();
    }

    @Test
    void withoutAnIndexEveryBkjInTheFolderIsOfferedByName() throws Exception {
        Path folder = Files.createDirectories(root.resolve("examples"));
        write(folder.resolve("b-sykkelvei.bkj"), "Sykkelvei");
        write(folder.resolve("a-skole.bkj"), "Skole");
        Files.writeString(folder.resolve("readme.txt"), "ikke et eksempel");

        assertThat(examplesIn(folder).list()).extracting(ExampleAssessments.Example::title).containsExactly("Skole", "Sykkelvei");
    }

    @Test
    void anIndexDecidesWhichAndInWhatOrderAndABrokenExampleIsLeftOut() throws Exception {
        Path folder = Files.createDirectories(root.resolve("examples"));
        write(folder.resolve("a-skole.bkj"), "Skole");
        write(folder.resolve("b-sykkelvei.bkj"), "Sykkelvei");
        Files.writeString(folder.resolve("c-ødelagt.bkj"), "{", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("index.txt"), "# rekkefølge\nb-sykkelvei.bkj\n\nc-ødelagt.bkj\n", StandardCharsets.UTF_8);

        assertThat(examplesIn(folder).list()).extracting(ExampleAssessments.Example::title).containsExactly("Sykkelvei");
    }

    private ExampleAssessments examplesIn(Path folder) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {folder.getParent().toUri().toURL()}, null);
        return new ExampleAssessments(loader, "examples", BkjReader::new);
    }

    private static void write(Path file, String title) throws Exception {
        Files.write(file, new BkjWriter().write(Assessment.newDraft(title)));
    }
}
