package no.baerekraftsjekk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {
    private static String name(String text) {
        return SafeFileName.of(text, "Uten tittel", 80);
    }

    @Test
    void refusesWindowsDeviceNamesAlsoBeforeAnExtensionAndInAnyCase() {
        assertThat(name("CON")).isEqualTo("_CON");
        assertThat(name("con.plan")).isEqualTo("_con.plan");
        assertThat(name("Lpt9")).isEqualTo("_Lpt9");
        assertThat(name("CONTRA")).isEqualTo("CONTRA");
    }

    @Test
    void replacesReservedAndControlCharactersAndFoldsRuns() {
        assertThat(name("Vei <E6>|\"Nord\"\\Sør?*\nTrinn\t2\u0007")).isEqualTo("Vei -E6-Nord-Sør- Trinn 2");
    }

    @Test
    void neverStartsOrEndsWithADotOrASpace() {
        assertThat(name("  .skjult plan. . .")).isEqualTo("skjult plan");
    }

    @Test
    void aTitleWithoutLettersOrDigitsGetsTheFallback() {
        assertThat(name(" ?? ")).isEqualTo("Uten tittel");
        assertThat(name(null)).isEqualTo("Uten tittel");
    }

    @Test
    void isCutToTheLengthInCharactersNotSplittingOneAndNotEndingInASpace() {
        String cut = SafeFileName.of("Økt åpenhet 😀😀😀", "x", 13);
        assertThat(cut).isEqualTo("Økt åpenhet 😀");
        assertThat(SafeFileName.of("Plan for skole", "x", 9)).isEqualTo("Plan for");
    }
}
