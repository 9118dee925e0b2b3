package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.library.LibraryPlaces;
import no.baerekraftsjekk.usecase.CouncilProfileAdmin;
import no.baerekraftsjekk.usecase.CouncilProfileInUse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the session does with the council library's profile when it connects: the assessments of
 * the council library are made with it (its mapping too), and the next start uses it before the
 * server answers; a council library without one leaves this machine's profile in use.
 */
@Tag("postgres")
class CouncilLibraryProfileTest {
    @TempDir
    Path folder;

    private static UiServices local(ProfileSource profile) {
        return new UiServices(null, AssessmentAnalyzer.standard(), null, null, null, null, null, Words.TEXTS, null, null, profile);
    }

    @Test
    void theCouncilLibrarysAssessmentsAreMadeWithItsProfileAndTheNextStartUsesItsCopy() throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("sessionprofile");
        Path it = folder.resolve("it");
        ProfileFiles.write(it, ProfileReader.FILE_NAME, ProfileFiles.full("logo.png"));
        ProfileFiles.png(it, "logo.png");
        ProfileFiles.write(it, "dimensjoner.tsv", ProfileFiles.mapping());
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(CouncilServer.FILE_NAME), "url=" + council.url() + "\n");
        ProfileFiles.write(data, ProfileReader.FILE_NAME, """
                {"format": "baerekraftsjekk-profil", "version": 1, "organisation": "Lokal kommune"}
                """);
        ProfileSource atStart = CouncilProfileInUse.find(data);
        assertThat(atStart.profile().organisation()).isEqualTo("Lokal kommune");
        UiServices local = local(atStart);

        try (PostgresLibrary library = PostgresLibrary.open(new CouncilConnector(council), "it", Clock.systemUTC())) {
            // No profile in the council library yet: this machine's stays, and the settings can say why.
            LibraryPlaces.CouncilRules none = CouncilLibraryStart.rules(library, data, local);
            assertThat(none.profile().profile().organisation()).isEqualTo("Lokal kommune");
            assertThat(none.profile().council().orElseThrow().holdsProfile()).isFalse();

            new CouncilProfileAdmin(new CouncilProfiles(library)).put(it);
            LibraryPlaces.CouncilRules rules = CouncilLibraryStart.rules(library, data, local);
            assertThat(rules.profile().isCouncils()).isTrue();
            assertThat(rules.profile().profile().organisation()).isEqualTo("Eksempel kommune");
            assertThat(rules.profile().council().orElseThrow().setAside()).contains(data.resolve(ProfileReader.FILE_NAME));
            assertThat(rules.analyzer().mapping().dimensionOf(7)).contains(Dimension.ECONOMIC);
            assertThat(AssessmentAnalyzer.standard().mapping().dimensionOf(7)).isNotEqualTo(rules.analyzer().mapping().dimensionOf(7));

            LibraryPlaces<Object> places = new LibraryPlaces<>(local, new Object(), services -> services, library.describe());
            places.councilOpened(library, library, rules);
            assertThat(places.profileInUse().profile().organisation()).isEqualTo("Eksempel kommune");
            places.placeProperty().set(LibraryPlaces.Place.COUNCIL);
            assertThat(places.shownServices().profile()).isSameAs(rules.profile());
            assertThat(places.shownServices().analyzer()).isSameAs(rules.analyzer());
            places.placeProperty().set(LibraryPlaces.Place.LOCAL);
            assertThat(places.shownServices().profile()).isSameAs(atStart);
        }

        // The next start, before the server answers (or when it does not): the council's copy.
        ProfileSource nextStart = CouncilProfileInUse.find(data);
        assertThat(nextStart.profile().organisation()).isEqualTo("Eksempel kommune");
        assertThat(nextStart.isCouncils()).isTrue();
        assertThat(nextStart.council().orElseThrow().setAside()).contains(data.resolve(ProfileReader.FILE_NAME));
        // Without the connection file the copy is not used: the council library is no longer this machine's.
        Files.delete(data.resolve(CouncilServer.FILE_NAME));
        assertThat(CouncilProfileInUse.find(data).profile().organisation()).isEqualTo("Lokal kommune");
    }
}
