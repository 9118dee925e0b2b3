package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.profile.ProfileReader;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.usecase.WriteExampleProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server profile put|show|remove}, as IT and an administrator run them, and as a caseworker may not. */
@Tag("postgres")
class ServerProfileCommandTest {
    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void itPutsTheExampleProfileShowsItAndTakesItOutAgain() throws Exception {
        CouncilPeople people = new CouncilPeople(CouncilTestServer.newLibrary("serverprofile"));
        String url = people.council().url();
        Path example = folder.resolve("eksempel");
        WriteExampleProfile.into(example);

        assertThat(run("server", "profile", "show", "--url", url)).as(err).isZero();
        assertThat(out).contains("har ingen profil");

        assertThat(run("server", "profile", "put", example.toString(), "--url", url)).as(err).isZero();
        assertThat(out).contains("Profilen er lagt inn i kommunebiblioteket")
                .contains("Eksempel kommune, 11 mål i kommuneplanen, 5 enheter, 2 utvalg, 4 hjemler for unntak, og 2 filer");

        assertThat(run("server", "profile", "show", "--url", url)).as(err).isZero();
        assertThat(out).contains("Profilen i kommunebiblioteket").contains("ble lagt inn av")
                .contains("Eksempel kommune, 11 mål i kommuneplanen")
                .contains("  logo.svg (").contains("  mal.dotx (").containsPattern("Kontrollsum \\(SHA-256\\): [0-9a-f]{64}");

        assertThat(run("server", "audit", "--url", url)).as(err).isZero();
        assertThat(out).contains("endret profil");

        assertThat(run("server", "profile", "remove", "--url", url)).as(err).isZero();
        assertThat(out).contains("Profilen er tatt ut av kommunebiblioteket");
        assertThat(run("server", "profile", "show", "--url", url)).isZero();
        assertThat(out).contains("har ingen profil");
    }

    @Test
    void aBrokenProfileIsRefusedWithItsLineAndACaseworkerIsRefusedByTheDatabase() throws Exception {
        CouncilPeople people = new CouncilPeople(CouncilTestServer.newLibrary("serverprofile"))
                .add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse")
                .add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR);
        Path broken = folder.resolve("broken");
        ProfileFiles.write(broken, ProfileReader.FILE_NAME, """
                {
                  "format": "baerekraftsjekk-profil",
                  "version": 1,
                  "organisation": "Eksempel kommune",
                  "units": ["Helse", "helse"]
                }
                """);
        assertThat(run("server", "profile", "put", broken.toString(), "--url", people.as("adam").url())).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err).contains("Linje 5 (units[1])").contains("Ingenting er lagt inn i kommunebiblioteket.");
        assertThat(run("server", "profile", "show", "--url", people.as("adam").url())).isZero();
        assertThat(out).contains("har ingen profil");

        Path example = folder.resolve("eksempel");
        WriteExampleProfile.into(example);
        assertThat(run("server", "profile", "put", example.resolve(ProfileReader.FILE_NAME).toString(), "--url", people.as("kari").url()))
                .isEqualTo(ExitCode.FAILED);
        assertThat(err).contains("Bare en administrator for kommunebiblioteket").contains("kan legge inn eller endre kommunens profil");
        assertThat(run("server", "profile", "put", example.toString(), "--url", people.as("adam").url())).as(err).isZero();
        // Everyone reads it, a caseworker too.
        assertThat(run("server", "profile", "show", "--url", people.as("kari").url())).as(err).isZero();
        assertThat(out).contains("ble lagt inn av " + people.login("adam"));
    }
}
