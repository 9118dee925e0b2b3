package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.Test;

class FxErrorReporterTest {

    @Test
    void anErrorIdIsEightHexDigitsThatCanBeReadOutOnThePhone() {
        FxErrorReporter reporter = new FxErrorReporter(() -> null, Path.of("logs"), new Random(7), Words.TEXTS);

        String first = reporter.newErrorId();
        String second = reporter.newErrorId();

        assertThat(first).matches("[0-9a-f]{8}");
        assertThat(second).matches("[0-9a-f]{8}").isNotEqualTo(first);
    }
}
