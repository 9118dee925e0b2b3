package no.baerekraftsjekk.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.text.Language;
import org.junit.jupiter.api.Test;

class ReferenceTextsTest {
    private final ReferenceTexts bokmaal = ReferenceTexts.load(Language.NB);

    @Test
    void goalTitlesComeFromTheReferenceTableInEachLanguage() {
        assertThat(bokmaal.goalTitle(2)).isEqualTo("Utrydde sult");
        assertThat(ReferenceTexts.load(Language.NN).goalTitle(2)).isEqualTo("Utrydde svolt");
        assertThat(ReferenceTexts.load(Language.EN).goalTitle(1)).isEqualTo("No Poverty");
    }

    @Test
    void anEmptyTitleCellFallsBackToBokmaal() {
        Goal untranslated = new Goal(2, "Utrydde sult", " ", "", "#DDA63A", "black", List.of("2.1"));
        assertThat(ReferenceTexts.title(untranslated, Language.NN)).isEqualTo("Utrydde sult");
        assertThat(ReferenceTexts.title(untranslated, Language.EN)).isEqualTo("Utrydde sult");
    }

    @Test
    void guidanceHelpGlossaryAndTargetsFallBackToBokmaalUntilTranslated() {
        ReferenceTexts nynorsk = ReferenceTexts.load(Language.NN).readAll();
        assertThat(nynorsk.language()).isEqualTo(Language.NN);
        assertThat(nynorsk.steps().forStep("CASE")).isEqualTo(bokmaal.steps().forStep("CASE"));
        assertThat(nynorsk.goalGuidance().forGoal(7).meaning()).isEqualTo(bokmaal.goalGuidance().forGoal(7).meaning());
        assertThat(nynorsk.glossary().terms()).isEqualTo(bokmaal.glossary().terms());
        assertThat(nynorsk.targets().all()).isEqualTo(bokmaal.targets().all());
    }

    @Test
    void aTargetIsShownWithItsLabelAndAnUnknownOneAsItIs() {
        assertThat(bokmaal.targetWithLabel("7.2")).startsWith("7.2 ").hasSizeGreaterThan(6);
        assertThat(bokmaal.targetWithLabel("99.9")).isEqualTo("99.9");
    }

    @Test
    void aHintNotTranslatedKeepsTheKnowledgeBasesText() {
        Hint hint = new Hint(List.of(5, 12), 12, "Sjekk om innkjøpet tar hensyn til likestilling.", "Kroll 2019");
        assertThat(ReferenceTexts.load(Language.EN).hintText(hint)).isEqualTo(hint.text());
    }

    @Test
    void theTextsAreReadOnceAndKept() {
        assertThat(bokmaal.glossary()).isSameAs(bokmaal.glossary());
        assertThat(bokmaal.steps()).isSameAs(bokmaal.steps());
    }
}
