package no.baerekraftsjekk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import no.baerekraftsjekk.domain.Horizon;
import org.junit.jupiter.api.Test;

class TextsTest {
    private final Texts bokmaal = Texts.of(Language.NB);

    @Test
    void theBundleIsReadAsUtf8() {
        assertThat(bokmaal.get("analysis.blocking.unhandledGoalConflict", "11", "15"))
                .isEqualTo("Målkonflikten mellom mål 11 og 15 er ikke avveid");
    }

    @Test
    void bokmaalEvenOnAMachineWithAnotherDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK);
            assertThat(Texts.of(Language.NB).get("analysis.blocking.notAssessed", "14")).isEqualTo("Mål 14 er ikke vurdert");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void lineNumbersAreNeverGrouped() {
        assertThat(bokmaal.get("analysis.mapping.badGoal", "f.tsv", 12345, "x")).contains("linje 12345:");
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThatThrownBy(() -> bokmaal.get("analysis.noSuchKey")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMessageFromTheDomainIsMadeIntoWordsHere() {
        Message inner = Message.of("analysis.blocking.notAssessed", "3");
        assertThat(bokmaal.format(Message.of("format.problem.located", "goals[2]", inner)))
                .isEqualTo("goals[2]: Mål 3 er ikke vurdert");
    }

    @Test
    void joinedPartsAreEachMadeThenJoined() {
        Message reasons = Message.of("import.warning.notReady", new Message.Joined(
                List.of(Message.of("analysis.blocking.notAssessed", "3"), Message.of("analysis.blocking.notAssessed", "4")), " "));
        assertThat(bokmaal.format(reasons)).endsWith("Dette mangler: Mål 3 er ikke vurdert Mål 4 er ikke vurdert");
    }

    @Test
    void aFailureWithAnExplanationIsExplainedAndAnyOtherGivesItsOwnMessage() {
        class Refused extends RuntimeException implements Explained {
            @Override
            public Message explanation() {
                return Message.of("format.error.empty");
            }
        }
        assertThat(bokmaal.explain(new Refused())).isEqualTo("Filen er tom.");
        assertThat(bokmaal.explain(new IllegalStateException("disk on fire"))).isEqualTo("disk on fire");
    }

    @Test
    void aValueHasAShortAndALongName() {
        assertThat(bokmaal.name(Horizon.BOTH)).isEqualTo("Begge");
        assertThat(bokmaal.longName(Horizon.BOTH)).isEqualTo("Både kort og lang sikt");
        assertThat(bokmaal.effect(2)).isEqualTo("Middels");
        assertThat(bokmaal.effectLong(2)).isEqualTo("2 – middels");
    }

    @Test
    void nynorskIsTranslated() {
        Texts nynorsk = Texts.of(Language.NN);
        assertThat(nynorsk.language()).isEqualTo(Language.NN);
        assertThat(nynorsk.get("analysis.blocking.notAssessed", "14")).isEqualTo("Mål 14 er ikkje vurdert");
        assertThat(nynorsk.longName(Horizon.SHORT)).isEqualTo("Kort sikt (innanfor valperioden)");
    }

    @Test
    void aKeyLeftEmptyInATranslationFallsBackToBokmaal() throws java.io.IOException {
        for (Language language : List.of(Language.NN, Language.EN)) {
            Texts texts = Texts.of(language);
            java.util.Properties translated = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(Texts.class.getClassLoader().getResourceAsStream(Texts.resourceOf(language)),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                translated.load(in);
            }
            for (String key : translated.stringPropertyNames()) {
                if (translated.getProperty(key).isBlank()) {
                    assertThat(texts.get(key)).as(key).isEqualTo(bokmaal.get(key));
                }
            }
        }
    }

    @Test
    void theBundleServesLibrariesThatWantAResourceBundle() {
        assertThat(bokmaal.asResourceBundle().getString("library.heading")).isEqualTo("Mine vurderinger");
    }

    @Test
    void languagesAreFoundByTheirCodes() {
        assertThat(Language.ofCode("NN")).contains(Language.NN);
        assertThat(Language.ofCode("sv")).isEmpty();
        assertThat(Language.ofCode(null)).isEmpty();
    }
}
