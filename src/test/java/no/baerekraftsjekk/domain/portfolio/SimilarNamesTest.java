package no.baerekraftsjekk.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarNamesTest {
    private final SimilarNames similar = new SimilarNames();

    @Test
    void namesThatDifferInCaseSpacesOrHyphensOrByATypoAreSuggestedTogether() {
        List<List<String>> found = similar.find(List.of("Kommunalteknikk", "kommunalteknikk ", "Kommunal-teknikk",
                "Komunalteknikk", "Oppvekst", "Helse og omsorg", "Helse og  omsorg"));

        assertThat(found).containsExactly(
                List.of("Helse og  omsorg", "Helse og omsorg"),
                List.of("Kommunal-teknikk", "Kommunalteknikk", "Komunalteknikk", "kommunalteknikk "));
    }

    @Test
    void shortDifferentWordsAreNotSuggested() {
        assertThat(similar.find(List.of("Plan", "Vann", "Kultur", "Natur"))).isEmpty();
    }

    @Test
    void theKeyIgnoresCaseRepeatedSpacesAndSoftHyphens() {
        assertThat(NameKey.of(" Kommunal\u00adteknikk  og  drift ")).isEqualTo(NameKey.of("kommunalteknikk og drift"));
    }
}
