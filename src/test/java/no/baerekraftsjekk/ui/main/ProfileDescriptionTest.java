package no.baerekraftsjekk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ExampleProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the settings screen says about the profile in use. */
class ProfileDescriptionTest {
    @TempDir
    Path folder;

    private final Texts texts = Texts.of(Language.NB);

    @Test
    void theExampleProfileIsDescribedByWhatItHolds() {
        Path file = ExampleProfile.copyTo(folder);
        assertThat(ProfileDescription.of(ProfileSource.read(file, new ProfileReader()), texts)).isEqualTo(String.join("\n",
                "Profil i bruk: " + file,
                "Organisasjon: Eksempel kommune",
                "11 mål i kommuneplanen, 5 enheter, 2 utvalg, 4 hjemler for unntak",
                "Logo: logo.svg",
                "Wordmal: mal.dotx",
                "Rapportene skrives på: Bokmål"));
    }

    @Test
    void withoutAProfileTheDefaultsAreNamed() {
        assertThat(ProfileDescription.of(ProfileSource.builtIn(), texts))
                .isEqualTo("Ingen profil er lagt inn. Programmet bruker sine innebygde standardverdier.");
    }
}
