package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FxFileDialogsTest {

    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        assertThat(FxFileDialogs.withExtension(Path.of("/tmp/rapport"), "bkj")).isEqualTo(Path.of("/tmp/rapport.bkj"));
    }

    @Test
    void aNameWithTheExtensionInAnyCaseIsKept() {
        assertThat(FxFileDialogs.withExtension(Path.of("/tmp/Skole.BKJ"), "bkj")).isEqualTo(Path.of("/tmp/Skole.BKJ"));
    }
}
