package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The theme's stylesheet is read once ahead, off the FX thread and before JavaFX's toolkit is up
 * (the program does it on the thread that reads its texts), so the FX thread later reads it with
 * compiled code. A read-ahead that found nothing would quietly give no head start: this says so.
 */
class ThemeReadAheadTest {

    @Test
    void readsTheWholeThemeOnAThreadOfItsOwnWithoutJavaFxStarted() throws InterruptedException {
        AtomicInteger rules = new AtomicInteger(-1);
        Thread reader = Thread.ofPlatform().name("texts-reading").start(() -> rules.set(Theme.readAhead()));
        reader.join(30_000);

        // AtlantaFX's Primer theme styles every control: well over a thousand rules.
        assertThat(rules.get()).isGreaterThan(1_000);
    }
}
