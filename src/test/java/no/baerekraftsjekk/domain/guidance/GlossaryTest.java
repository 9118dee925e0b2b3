package no.baerekraftsjekk.domain.guidance;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryTest {

    private static final List<String> REQUIRED = List.of(
            "bærekraftig utvikling", "de tre dimensjonene", "målkonflikt", "synergi", "avbøtende tiltak",
            "føre-var-prinsippet", "sirkulær økonomi", "klimagassregnskap", "klimatilpasning", "naturmangfold",
            "arealnøytralitet", "sosial bærekraft", "universell utforming", "livsløpskostnader", "medvirkning",
            "delmål", "direkte relevans", "indirekte relevans", "avveining", "saksframlegg",
            "konsekvensutredning", "klimabudsjett", "utslippskutt", "karbonlagring", "økosystemtjenester",
            "grønn mobilitet", "levekår", "utenforskap", "folkehelse", "likestilling", "innkjøp",
            "offentlige anskaffelser", "miljøkrav i anskaffelser", "fornybar energi", "arealregnskap",
            "planstrategi", "kommuneplanens samfunnsdel", "tverrsektorielt samarbeid", "partnerskap",
            "Agenda 2030", "indikator", "usikkerhet", "tidshorisont", "rebound-effekt", "grønnvasking");

    /** Norwegian alphabetical order: case ignored, æ ø å after z. */
    private static final Comparator<String> NORWEGIAN_ORDER = Comparator.comparing(
            s -> s.toLowerCase(Locale.ROOT).replace('æ', '{').replace('ø', '|').replace('å', '}'));

    private final Glossary glossary = Glossary.loadDefault();

    @Test
    void holdsAtLeast40UniqueNonEmptyTermsInNorwegianAlphabeticalOrder() {
        List<String> names = glossary.terms().stream().map(GlossaryTerm::term).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates().isSortedAccordingTo(NORWEGIAN_ORDER);
        assertThat(glossary.terms()).allSatisfy(t -> {
            assertThat(t.term()).isNotBlank();
            assertThat(t.explanation()).isNotBlank();
        });
    }

    @Test
    void includesEveryTermTheGuidanceReliesOn() {
        assertThat(glossary.terms().stream().map(GlossaryTerm::term)).containsAll(REQUIRED);
    }

    @Test
    void searchIgnoresCaseAndListsTermMatchesBeforeExplanationMatches() {
        List<GlossaryTerm> hits = glossary.search("KLIMA");
        assertThat(hits).isNotEmpty();
        int firstExplanationOnly = -1;
        for (int i = 0; i < hits.size(); i++) {
            boolean inTerm = hits.get(i).term().toLowerCase(Locale.ROOT).contains("klima");
            if (!inTerm && firstExplanationOnly < 0) {
                firstExplanationOnly = i;
            }
            if (firstExplanationOnly >= 0) {
                assertThat(inTerm).as("term match %s after explanation matches", hits.get(i).term()).isFalse();
            }
        }
        assertThat(hits.getFirst().term()).containsIgnoringCase("klima");
        assertThat(hits).extracting(GlossaryTerm::term).contains("klimatilpasning", "utslippskutt");
    }

    @Test
    void blankSearchGivesAllTermsAndAnUnknownWordGivesNone() {
        assertThat(glossary.search("  ")).isEqualTo(glossary.terms());
        assertThat(glossary.search("xyzzy")).isEmpty();
    }

    @Test
    void findsTermsMentionedInATextAlsoWhenInflectedButNotInsideOtherWords() {
        String text = "Saken gir to målkonflikter. Avbøtende tiltak er beskrevet, og vi har lagt vekt på Universell  utforming.";
        assertThat(glossary.termsMentionedIn(text)).extracting(GlossaryTerm::term)
                .containsExactly("avbøtende tiltak", "målkonflikt", "universell utforming");
        assertThat(glossary.termsMentionedIn("Fellesdelmålet")).extracting(GlossaryTerm::term).doesNotContain("delmål");
        assertThat(glossary.termsMentionedIn("")).isEmpty();
    }

    @Test
    void aMissingResourceFailsWithAnUncheckedExceptionThatNamesIt() {
        assertThatThrownBy(() -> Glossary.load("guidance/ingen-ordliste.json"))
                .isInstanceOf(GuidanceLoadException.class)
                .hasMessageContaining("guidance/ingen-ordliste.json");
    }
}
