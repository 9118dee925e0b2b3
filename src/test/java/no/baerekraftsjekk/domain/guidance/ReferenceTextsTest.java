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
    void nynorskHasItsOwnGuidanceHelpGlossaryTargetsAndHints() {
        ReferenceTexts nynorsk = ReferenceTexts.load(Language.NN).readAll();
        assertThat(nynorsk.language()).isEqualTo(Language.NN);
        assertThat(nynorsk.steps().forStep("CASE")).startsWith("Her skildrar du saka");
        assertThat(nynorsk.goalGuidance().forGoal(7).meaning()).startsWith("I Noreg handlar målet");
        assertThat(nynorsk.goalGuidance().forGoal(7).keyTargets()).isEqualTo(bokmaal.goalGuidance().forGoal(7).keyTargets());
        assertThat(nynorsk.glossary().terms()).hasSameSizeAs(bokmaal.glossary().terms());
        assertThat(nynorsk.targets().all().keySet()).isEqualTo(bokmaal.targets().all().keySet());
        assertThat(nynorsk.targetWithLabel("4.1")).isEqualTo("4.1 Gratis og god grunnskule og vidaregåande opplæring");
        assertThat(nynorsk.hintText(new no.baerekraftsjekk.domain.analysis.Hint(java.util.List.of(2, 11), 11, "bokmål", "test")))
                .startsWith("Sjekk om utbygginga tek dyrka eller dyrkbar jord");
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
