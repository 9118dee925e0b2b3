package no.baerekraftsjekk.ui.main;

import static no.baerekraftsjekk.ui.FxTesting.await;
import static no.baerekraftsjekk.ui.FxTesting.get;
import static no.baerekraftsjekk.ui.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.ErrorReporter;
import no.baerekraftsjekk.usecase.WriteExampleProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator puts the council's profile from the settings screen; a broken one is refused there, nothing stored. */
@Tag("postgres")
class CouncilProfileUploadTest {
    @TempDir
    Path folder;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(new ErrorReporter() {
        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showUnexpected(Throwable error) {
            errors.add(String.valueOf(error));
        }
    });

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aBrokenProfileIsRefusedInTheSettingsThenAGoodOneIsStoredAndOnlyAnAdministratorMay() throws Exception {
        CouncilPeople people = new CouncilPeople(CouncilTestServer.newLibrary("upload"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR);
        Path broken = ProfileFiles.write(folder.resolve("broken"), ProfileReader.FILE_NAME, """
                {
                  "format": "baerekraftsjekk-profil",
                  "version": 1,
                  "organisation": "Eksempel kommune",
                  "language": "se"
                }
                """);
        Path good = WriteExampleProfile.into(folder.resolve("eksempel"));
        try (PostgresLibrary adam = people.library("adam"); PostgresLibrary kari = people.library("kari")) {
            assertThat(new CouncilProfiles(adam).mayChange()).isTrue();
            assertThat(new CouncilProfiles(kari).mayChange()).isFalse();

            CouncilProfileUpload upload = new CouncilProfileUpload(adam, tasks, Words.TEXTS);
            onFx(() -> upload.put(broken));
            await("refused", () -> !upload.busyProperty().get() && upload.faultProperty().get());
            assertThat(get(() -> upload.messageProperty().get())).contains("Linje 5 (language)")
                    .endsWith("Ingenting er lagt inn i kommunebiblioteket. Rett feilen og prøv igjen.");
            assertThat(new CouncilProfiles(adam).summary()).isEmpty();

            onFx(() -> upload.put(good));
            await("stored", () -> !upload.busyProperty().get() && get(() -> upload.messageProperty().get()).contains("er lagt inn"));
            assertThat(get(() -> upload.faultProperty().get())).isFalse();
            assertThat(get(() -> upload.messageProperty().get())).startsWith("Profilen for Eksempel kommune er lagt inn i kommunebiblioteket");
            assertThat(new CouncilProfiles(kari).summary()).isPresent();
            assertThat(errors).isEmpty();
        }
    }
}
