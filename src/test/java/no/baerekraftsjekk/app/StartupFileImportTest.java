package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import no.baerekraftsjekk.domain.format.FileProblem;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.ImportOutcome;
import org.junit.jupiter.api.Test;

class StartupFileImportTest {
    private static final Path FILE = Path.of("/hjem/kari/Skolesak.bkj");
    private static final Texts TEXTS = Texts.of(Language.NB);

    @Test
    void aCleanImportNeedsNoMessage() {
        assertThat(StartupFileImport.describe(new ImportOutcome(FILE, OptionalLong.of(7), List.of(), List.of()), TEXTS)).isEmpty();
    }

    @Test
    void aRefusedFileIsNamedWithItsProblems() {
        ImportOutcome refused = new ImportOutcome(FILE, OptionalLong.empty(), List.of(),
                List.of(new FileProblem("goals[3].effect", Message.of("format.error.outOfRange", "4", 0, 3))));

        assertThat(StartupFileImport.describe(refused, TEXTS)).hasValueSatisfying(text -> assertThat(text)
                .contains("Skolesak.bkj").contains("goals[3].effect: Verdien 4 er utenfor det tillatte området 0–3.").doesNotContain("/hjem/kari"));
    }

    @Test
    void warningsOfAnImportedFileAreShown() {
        ImportOutcome withWarning = new ImportOutcome(FILE, OptionalLong.of(7), List.of(Message.of("import.warning.notReady", "Mål 3 er ikke vurdert")), List.of());

        assertThat(StartupFileImport.describe(withWarning, TEXTS)).hasValueSatisfying(text -> assertThat(text)
                .contains("Skolesak.bkj").contains("Den er lagret som utkast."));
    }

    @Test
    void aFileWithThousandsOfFaultsShowsThreeAndCountsAllTheRest() {
        List<FileProblem> firstHundred = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new FileProblem("conflicts[" + i + "].goals", Message.of("format.error.conflictNotSorted", 2, 1))).toList();
        ImportOutcome refused = ImportOutcome.refused(FILE, firstHundred, 5_000);

        assertThat(StartupFileImport.describe(refused, TEXTS)).hasValueSatisfying(text -> assertThat(text)
                .contains("conflicts[2].goals").doesNotContain("conflicts[3].goals").containsPattern("… og 4.?997 feil til\\."));
    }
}
