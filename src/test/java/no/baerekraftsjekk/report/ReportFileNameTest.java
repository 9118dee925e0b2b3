package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.CaseInfo;
import org.junit.jupiter.api.Test;

class ReportFileNameTest {

    private static String suggest(String caseNumber, String title, ReportFormat format) {
        return ReportFileName.suggest(new CaseInfo(title, caseNumber, null, "", "", "", null, "", null), format, ReportFixtures.TEXTS);
    }

    @Test
    void combinesCaseNumberTitleAndFormat() {
        assertThat(ReportFileName.suggest(ReportFixtures.school().withTitle("Ny barneskole"), ReportFormat.PDF, ReportFixtures.TEXTS))
                .isEqualTo("2026-1234 Ny barneskole - baerekraftsvurdering.pdf");
        assertThat(ReportFileName.suggest(ReportFixtures.school().withTitle("Ny barneskole"), ReportFormat.WORD, ReportFixtures.TEXTS))
                .isEqualTo("2026-1234 Ny barneskole - baerekraftsvurdering.docx");
    }

    @Test
    void replacesCharactersWindowsRefusesAndFoldsControlCharactersAndLineBreaks() {
        String name = suggest("2026/12:34", "Vei <E6>|\"Nord\"\\Sør?*\nTrinn\t2\u0007", ReportFormat.PDF);
        assertThat(name).isEqualTo("2026-12-34 Vei -E6-Nord-Sør- Trinn 2 - baerekraftsvurdering.pdf");
        assertThat(name).doesNotContainPattern("[<>:\"/\\\\|?*\\p{Cntrl}]");
    }

    @Test
    void keepsNorwegianLettersAndOtherUnicode() {
        assertThat(suggest("", "Økt åpenhet – Æ 😀", ReportFormat.PDF)).isEqualTo("Økt åpenhet – Æ 😀 - baerekraftsvurdering.pdf");
    }

    @Test
    void neverEndsTheStemWithADotOrSpaceAndNeverUsesADeviceName() {
        assertThat(suggest("", "Plan. . .", ReportFormat.PDF)).isEqualTo("Plan - baerekraftsvurdering.pdf");
        assertThat(ReportFileName.suggest(CaseInfo.titled("CON"), ReportFormat.PDF, ReportFixtures.TEXTS)).isEqualTo("_CON - baerekraftsvurdering.pdf");
        assertThat(ReportFileName.suggest(CaseInfo.titled("lpt1"), ReportFormat.PDF, ReportFixtures.TEXTS)).isEqualTo("_lpt1 - baerekraftsvurdering.pdf");
    }

    @Test
    void aTitleWithoutLettersOrDigitsGetsAPlaceholder() {
        assertThat(ReportFileName.suggest(CaseInfo.titled("  "), ReportFormat.WORD, ReportFixtures.TEXTS)).isEqualTo("Uten tittel - baerekraftsvurdering.docx");
        assertThat(ReportFileName.suggest(CaseInfo.titled("???"), ReportFormat.WORD, ReportFixtures.TEXTS)).isEqualTo("Uten tittel - baerekraftsvurdering.docx");
    }

    @Test
    void aLongTitleIsShortenedToTheLimitWithTheSuffixKept() {
        String name = suggest("2026/1234", "Reguleringsplan ".repeat(40), ReportFormat.PDF);
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(ReportFileName.MAX_LENGTH);
        assertThat(name).endsWith(" - baerekraftsvurdering.pdf").startsWith("2026-1234 Reguleringsplan");
        assertThat(name).doesNotContain("  - ").doesNotContain(". - ");
    }
}
