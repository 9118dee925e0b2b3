package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilProfiles;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.usecase.CouncilProfileAdmin;
import no.baerekraftsjekk.usecase.CouncilProfileCopy;
import no.baerekraftsjekk.usecase.WriteExampleProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The program connected to a council library that holds the council's profile, on a machine with
 * a profile file of its own: the council's is used, and the settings screen says so and why.
 */
@Tag("postgres")
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CouncilProfileWindowTest {
    @TempDir
    Path data;

    @TempDir
    Path it;

    private DesktopSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        CouncilServer council = CouncilTestServer.newLibrary("profilewindow");
        WriteExampleProfile.into(it);
        try (PostgresLibrary library = PostgresLibrary.open(new CouncilConnector(council), "it", java.time.Clock.systemUTC())) {
            new CouncilProfileAdmin(new CouncilProfiles(library)).put(it);
        }
        Files.writeString(data.resolve(CouncilServer.FILE_NAME), "url=" + council.url() + "\n");
        ProfileFiles.write(data, ProfileReader.FILE_NAME, """
                {"format": "baerekraftsjekk-profil", "version": 1, "organisation": "Lokal kommune"}
                """);
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void theCouncilLibrarysProfileGoesBeforeTheFileOnThisMachineAndTheSettingsSayWhy(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#library-place-council").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        // The copy on this machine, for the reports and for the next start before the server answers.
        assertThat(data.resolve(CouncilProfileCopy.FOLDER).resolve("profil").resolve("mal.dotx")).exists();

        // The headless screen is 1280 wide: the window at 1024×768; the dialog has its own size.
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        Button settings = robot.from(stage.getScene().getRoot()).lookup("#settingsButton").queryAs(Button.class);
        robot.interact(settings::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsProfile").tryQuery().isPresent());
        Label shown = robot.lookup("#settingsProfile").queryAs(Label.class);
        assertThat(shown.getText())
                .contains("Profilen kommer fra kommunebiblioteket jdbc:postgresql://")
                .contains("Den ble lagt inn av ")
                .contains("Profilfila " + data.resolve(ProfileReader.FILE_NAME) + " på denne maskinen brukes ikke")
                .contains("Organisasjon: Eksempel kommune")
                .contains("11 mål i kommuneplanen")
                .contains("Wordmal: mal.dotx")
                .doesNotContain("Lokal kommune");
        // IT's own login (the test server's superuser) may put another profile there, from here too.
        Button put = robot.lookup("#settingsProfilePut").queryAs(Button.class);
        assertThat(put.isVisible()).isTrue();
        assertThat(put.getText()).isEqualTo("Legg en profil inn i kommunebiblioteket …");
        Files.createDirectories(Path.of("target", "snapshots", "profile"));
        TestSnapshots.save(shown.getScene(), "profile/settings-council-profile");
        TestSnapshots.save(stage.getScene(), "profile/council-profile-window-1024");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }
}
