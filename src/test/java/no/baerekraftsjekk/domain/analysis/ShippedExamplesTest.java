package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example shipped with the program is valid, complete by the rules, and shows a conflict handled. */
class ShippedExamplesTest {

    static Stream<String> examples() throws IOException {
        try (InputStream index = ShippedExamplesTest.class.getClassLoader().getResourceAsStream("examples/index.txt")) {
            // A line is the file's name, then after a tab its title (see ExampleAssessments).
            List<String> names = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", 2)[0].strip()).toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(4);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsValidReadyToCompleteAndHasHandledConflicts(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("examples/" + name)) {
            bytes = in.readAllBytes();
        }
        ReadResult read = new BkjReader().read(bytes);
        assertThat(read.warnings()).as("warnings").isEmpty();
        assertThat(read.assessment().status()).isEqualTo(Status.COMPLETE);
        assertThat(read.assessment().goals()).hasSize(17);

        Analysis analysis = AssessmentAnalyzer.standard().analyse(read.assessment());
        assertThat(analysis.blocking()).as("blocking").isEmpty();
        assertThat(analysis.readyToComplete()).isTrue();
        assertThat(analysis.conflictsOf(ConflictKind.GOALS)).isNotEmpty().allMatch(Conflict::handled);
        assertThat(analysis.orphanedHandlings()).as("handlings for conflicts that are not detected").isEmpty();
    }
}
