package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.storage.ImportOutcome;
import org.junit.jupiter.api.Test;

class StartupFileImportTest {
    private static final Path FILE = Path.of("/hjem/kari/Skolesak.bkj");

    @Test
    void aCleanImportNeedsNoMessage() {
        assertThat(StartupFileImport.describe(new ImportOutcome(FILE, OptionalLong.of(7), List.of(), List.of()))).isEmpty();
    }

    @Test
    void aRefusedFileIsNamedWithItsProblems() {
        ImportOutcome refused = new ImportOutcome(FILE, OptionalLong.empty(), List.of(),
                List.of(new FileProblem("goals[3].effect", "må være 0–3")));

        assertThat(StartupFileImport.describe(refused)).hasValueSatisfying(text -> assertThat(text)
                .contains("Skolesak.bkj").contains("goals[3].effect: må være 0–3").doesNotContain("/hjem/kari"));
    }

    @Test
    void warningsOfAnImportedFileAreShown() {
        ImportOutcome withWarning = new ImportOutcome(FILE, OptionalLong.of(7), List.of("Lagret som utkast."), List.of());

        assertThat(StartupFileImport.describe(withWarning)).hasValueSatisfying(text -> assertThat(text)
                .contains("Skolesak.bkj").contains("Lagret som utkast."));
    }

    @Test
    void aFileWithThousandsOfFaultsShowsThreeAndCountsAllTheRest() {
        List<FileProblem> firstHundred = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new FileProblem("conflicts[" + i + "].goals", "feil rekkefølge")).toList();
        ImportOutcome refused = ImportOutcome.refused(FILE, firstHundred, 5_000);

        assertThat(StartupFileImport.describe(refused)).hasValueSatisfying(text -> assertThat(text)
                .contains("conflicts[2].goals").doesNotContain("conflicts[3].goals").containsPattern("… og 4.?997 feil til\\."));
    }
}
