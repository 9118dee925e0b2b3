package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.baerekraftsjekk.domain.CaseInfo;
import org.junit.jupiter.api.Test;

/** File names from hostile or unusual titles (issue 23). */
class ReportFileNameSafetyTest {
    private static String suggest(String title) {
        return ReportFileName.suggest(new CaseInfo(title, "", null, "", "", "", null, "", null), ReportFormat.PDF, ReportFixtures.TEXTS);
    }

    @Test
    void aTitleInAThreeByteScriptGivesANameOfAtMost255Bytes() {
        String name = suggest("持続可能な開発目標".repeat(30));
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(name).endsWith(".pdf").startsWith("持続可能な");
    }

    @Test
    void formatAndBidiCharactersDoNotReachTheName() {
        String name = suggest("Faktura\u202Egpj.exe\u200B\u2066x\u2069");
        assertThat(name).isEqualTo("Fakturagpj.exex - baerekraftsvurdering.pdf");
        assertThat(name.codePoints().noneMatch(cp -> Character.getType(cp) == Character.FORMAT)).isTrue();
    }

    @Test
    void aTitleOfNoBreakOrZeroWidthSpacesCountsAsBlank() {
        String untitled = suggest("");
        assertThat(suggest("\u00A0\u00A0\u202F")).isEqualTo(untitled);
        assertThat(suggest("\u200B\u200B\uFEFF")).isEqualTo(untitled);
    }

    @Test
    void aTitleLikeADotFileGivesNoHiddenFile() {
        assertThat(suggest(".bashrc")).isEqualTo("bashrc - baerekraftsvurdering.pdf");
        assertThat(suggest("...")).doesNotStartWith(".");
    }
}
