package no.baerekraftsjekk.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.guidance.Glossary;
import no.baerekraftsjekk.domain.guidance.GlossaryTerm;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.Test;

class GlossaryViewModelTest {
    private final Glossary glossary = Glossary.loadDefault();
    private final GlossaryViewModel model = new GlossaryViewModel(glossary, Words.TEXTS);

    @Test
    void showsEveryTermWhenTheQueryIsEmpty() {
        assertThat(model.terms()).hasSize(glossary.terms().size()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(model.statusProperty().get()).contains(glossary.terms().size() + " av " + glossary.terms().size());
    }

    @Test
    void searchingPutsTheMatchingTermFirstAndSelectsIt() {
        model.queryProperty().set("målkonflikt");
        assertThat(model.terms()).isNotEmpty();
        assertThat(model.terms().get(0).term()).isEqualToIgnoringCase("målkonflikt");
        assertThat(model.selectedProperty().get()).isEqualTo(model.terms().get(0));
    }

    @Test
    void aQueryThatMatchesNothingSaysSo() {
        model.queryProperty().set("qwxyz");
        assertThat(model.terms()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Ingen begreper inneholder «qwxyz».");
        assertThat(model.noHitsProperty().get()).as("the view shows the one message in the list's place").isTrue();
        model.queryProperty().set("jord");
        assertThat(model.noHitsProperty().get()).isFalse();
    }

    /** Issue 20: the form speaks of «unntatt offentlighet» and offentleglova; the glossary explains both. */
    @Test
    void theGlossaryExplainsExemptionFromPublicAccessAndTheActBehindIt() {
        model.queryProperty().set("unntatt offentlighet");
        assertThat(model.terms().getFirst().term()).isEqualTo("unntatt offentlighet");
        model.queryProperty().set("offentleglova");
        assertThat(model.terms().getFirst().term()).isEqualTo("offentleglova");
        for (var language : no.baerekraftsjekk.domain.text.Language.values()) {
            var terms = no.baerekraftsjekk.domain.guidance.ReferenceTexts.load(language).glossary().terms().stream()
                    .map(GlossaryTerm::term).toList();
            assertThat(terms).as(language.name()).contains("offentleglova")
                    .anyMatch(t -> t.contains("offentlighet") || t.contains("offentlegheit") || t.contains("public access"));
        }
    }

    @Test
    void everyShownTermHasAnExplanation() {
        assertThat(model.terms()).extracting(GlossaryTerm::explanation).allMatch(e -> !e.isBlank());
    }
}
