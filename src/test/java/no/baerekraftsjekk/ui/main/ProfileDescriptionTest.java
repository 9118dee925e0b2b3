package no.baerekraftsjekk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import no.baerekraftsjekk.domain.profile.CouncilOrigin;
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

    @Test
    void theCouncilLibrarysProfileSaysWhereItComesFromWhoPutItThereAndWhatItGoesBefore() {
        Path file = ExampleProfile.copyTo(folder);
        Path local = folder.resolve("lokal").resolve(ProfileReader.FILE_NAME);
        CouncilOrigin origin = new CouncilOrigin("jdbc:postgresql://db.kommune.no/baerekraft",
                Optional.of(new CouncilOrigin.Stamp("adam", Instant.parse("2026-12-02T09:05:00Z"))), Optional.of(local));
        String shown = ProfileDescription.of(ProfileSource.read(file, new ProfileReader()).withCouncil(origin), texts, ZoneOffset.UTC);
        assertThat(shown).startsWith(String.join("\n",
                "Profilen kommer fra kommunebiblioteket jdbc:postgresql://db.kommune.no/baerekraft. Den ble lagt inn av adam "
                        + "2.12.2026 kl. 09:05, og gjelder for alle som bruker kommunebiblioteket.",
                "Profilfila " + local + " på denne maskinen brukes ikke, fordi kommunebibliotekets profil går foran.",
                "Organisasjon: Eksempel kommune"));
        assertThat(shown).doesNotContain("Profil i bruk:");
    }

    @Test
    void aCouncilLibraryWithoutAProfileLeavesTheFileOnThisMachineAndSaysSo() {
        Path file = ExampleProfile.copyTo(folder);
        CouncilOrigin none = new CouncilOrigin("db", Optional.empty(), Optional.empty());
        assertThat(ProfileDescription.of(ProfileSource.read(file, new ProfileReader()).withCouncil(none), texts))
                .startsWith("Kommunebiblioteket db har ingen profil. Derfor brukes profilfila på denne maskinen.\nProfil i bruk: " + file);
        assertThat(ProfileDescription.of(ProfileSource.builtIn().withCouncil(none), texts)).isEqualTo(
                "Kommunebiblioteket db har ingen profil.\nIngen profil er lagt inn. Programmet bruker sine innebygde standardverdier.");
    }
}
