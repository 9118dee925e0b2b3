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

    @Test
    void aSuggestedNameThatHasItsExtensionIsNotGivenItTwice() {
        assertThat(FxFileDialogs.withExtension("2026-1 Skole - baerekraftsvurdering.docx", "docx"))
                .isEqualTo("2026-1 Skole - baerekraftsvurdering.docx");
        assertThat(FxFileDialogs.withExtension("Skole", "bkj")).isEqualTo("Skole.bkj");
    }

    @Test
    void everySuggestedReportNameAlreadyEndsInItsExtension() {
        var texts = no.baerekraftsjekk.domain.text.Texts.of(no.baerekraftsjekk.domain.text.Language.NB);
        var info = no.baerekraftsjekk.domain.CaseInfo.titled("Skole");
        for (var format : no.baerekraftsjekk.report.ReportFormat.values()) {
            String suggested = no.baerekraftsjekk.report.ReportFileName.suggest(info, format, texts);
            assertThat(FxFileDialogs.withExtension(suggested, format.extension()))
                    .endsWith("." + format.extension())
                    .doesNotEndWith("." + format.extension() + "." + format.extension());
        }
    }
}
