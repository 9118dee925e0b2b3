package no.baerekraftsjekk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.common.Shortcuts;
import org.junit.jupiter.api.Test;

/** Issue 20: «Om programmet» names the program and its version; the guide and the key list exist in every language. */
class HelpContentTest {

    @Test
    void aboutNamesTheProgramAndItsVersion() {
        HelpContent help = new HelpContent(Texts.of(Language.NB), "1.4.2");
        assertThat(help.aboutTitle()).isEqualTo("Om Bærekraftsjekk");
        assertThat(help.about()).startsWith("Bærekraftsjekk, versjon 1.4.2.");
        assertThat(new HelpContent(Texts.of(Language.EN), "1.4.2").about()).startsWith("Bærekraftsjekk, version 1.4.2.");
    }

    @Test
    void theGuideHasItsSectionsInEveryLanguageAndWalksThroughTheSevenSteps() {
        for (Language language : Language.values()) {
            var guide = new HelpContent(Texts.of(language), "1").guide();
            assertThat(guide).as(language.name()).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(section -> {
                        assertThat(section.heading()).isNotBlank();
                        assertThat(section.paragraphs()).isNotEmpty();
                    });
            assertThat(guide.get(1).paragraphs()).as(language.name() + ": one paragraph a step").hasSize(7);
        }
    }

    @Test
    void theKeyListShowsTheKeysTheWindowUses() {
        var keys = new HelpContent(Texts.of(Language.NB), "1").keys();
        assertThat(keys).extracting(HelpContent.KeyRow::what).contains("Neste steg", "Forrige steg", "Angre sletting");
        assertThat(keys).filteredOn(k -> k.what().equals("Neste steg")).singleElement()
                .extracting(HelpContent.KeyRow::keys).asString()
                .isEqualTo(Shortcuts.NEXT_STEP.getDisplayText() + " eller " + Shortcuts.mnemonic("_Neste"));
        assertThat(keys).filteredOn(k -> k.what().startsWith("Tilbake til biblioteket")).singleElement()
                .extracting(HelpContent.KeyRow::keys).asString().endsWith("B");
        assertThat(keys).allSatisfy(k -> assertThat(k.keys()).isNotBlank());
        String altA = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.A,
                javafx.scene.input.KeyCombination.ALT_DOWN).getDisplayText();
        assertThat(Shortcuts.mnemonic("_Neste")).as("only the letter changes, not the A of Alt").isEqualTo(altA.substring(0, altA.length() - 1) + "N");
        assertThat(Shortcuts.mnemonic("Til _biblioteket")).isEqualTo(altA.substring(0, altA.length() - 1) + "B");
        assertThat(Shortcuts.mnemonic("Uten snarvei")).isEmpty();
    }
}
