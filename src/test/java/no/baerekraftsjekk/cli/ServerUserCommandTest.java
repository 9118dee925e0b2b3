package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.council.CouncilPeople;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.LibraryRole;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("postgres")
class ServerUserCommandTest {
    private CouncilPeople people;
    private CouncilServer council;
    private String out;
    private String err;

    @BeforeEach
    void council() {
        council = CouncilTestServer.newLibrary("users");
        people = new CouncilPeople(council).add("adam", "Adam Admin", LibraryRole.ADMINISTRATOR);
    }

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void anAdministratorAddsChangesListsAndRemovesUsersAndEveryChangeIsInTheAuditWithWhoAndWhen() throws Exception {
        String admin = people.as("adam").url();
        String kari = people.login("kari");

        assertThat(run("server", "user", "add", kari, "--name", "Kari Nordmann", "--role", "saksbehandler",
                "--unit", "Helse", "--unit", "Barnehage", "--url", admin)).as(err).isZero();
        assertThat(out).contains("Lagt til: " + kari + "\tKari Nordmann\tsaksbehandler\tBarnehage, Helse");

        assertThat(run("server", "user", "set-role", kari, "--role", "leder", "--unit", "Helse", "--url", admin)).as(err).isZero();
        assertThat(out).contains("Endret: " + kari + "\tKari Nordmann\tleder\tHelse");

        assertThat(run("server", "user", "list", "--url", admin)).as(err).isZero();
        assertThat(out).contains(people.login("adam") + "\tAdam Admin\tadministrator").contains(kari + "\tKari Nordmann\tleder\tHelse");

        // The new login works: Kari, now a leader, connects as herself.
        try (Connection db = people.jdbc("kari"); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT role FROM library_user WHERE login = current_user")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("LEADER");
        }

        assertThat(run("server", "user", "remove", kari, "--url", admin)).as(err).isZero();
        assertThat(out).contains(kari + " er fjernet");

        assertThat(run("server", "audit", "--url", admin)).as(err).isZero();
        String adminLogin = people.login("adam");
        assertThat(out.lines().filter(l -> l.contains("\t" + adminLogin + "\t")).toList())
                .anyMatch(l -> l.contains("ny bruker") && l.contains(kari + ": CASEWORKER"))
                .anyMatch(l -> l.contains("endret rolle") && l.contains(kari + ": CASEWORKER -> LEADER"))
                .anyMatch(l -> l.contains("fjernet bruker") && l.contains(kari))
                .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d\t.*"));
    }

    @Test
    void aCaseworkerCanNeitherChangeRolesNorReadTheAuditAndIsToldSoInNorwegian() {
        people.add("kari", "Kari Nordmann", LibraryRole.CASEWORKER, "Helse");
        String asKari = people.as("kari").url();

        assertThat(run("server", "user", "add", people.login("mallory"), "--name", "M", "--role", "administrator", "--url", asKari))
                .isEqualTo(ExitCode.FAILED);
        assertThat(err).contains("Bare en administrator for kommunebiblioteket");
        assertThat(run("server", "user", "set-role", people.login("kari"), "--role", "administrator", "--url", asKari))
                .isEqualTo(ExitCode.FAILED);

        assertThat(run("server", "audit", "--url", asKari)).isEqualTo(ExitCode.FAILED);
        assertThat(err).contains("Du har ikke lov til dette i kommunebiblioteket");
    }

    @Test
    void aHostileUserNameOrRoleChangesNothing() throws Exception {
        String admin = people.as("adam").url();
        for (String login : new String[] {"x'; DROP TABLE assessment; --", "kari\"; DROP ROLE adam; --", "a\\b", "%", "\u0007bell",
                "baerekraft_administrator", "x".repeat(64)}) {
            assertThat(run("server", "user", "add", login, "--name", "'; DROP TABLE library_user; --", "--role", "administrator",
                    "--url", admin)).as(login).isEqualTo(ExitCode.FAILED);
            assertThat(err).contains("Brukernavnet eller rollen kan ikke brukes");
        }
        assertThat(run("server", "user", "add", people.login("kari"), "--name", "Kari", "--role", "superuser", "--url", admin))
                .isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err).contains("«superuser» er ikke en rolle");
        // A name and a unit may hold anything; they are data, not SQL.
        String name = "O'Brien \"; DROP TABLE assessment; -- 50% _x_ \\";
        assertThat(run("server", "user", "add", people.login("obrien"), "--name", name, "--role", "saksbehandler",
                "--unit", "Helse'; --", "--url", admin)).as(err).isZero();
        try (PostgresLibrary library = people.library("obrien")) {
            assertThat(library.create(CouncilPeople.assessment("Sak", "Helse'; --", null, Status.DRAFT)).id()).isPositive();
        }
        try (Connection db = people.superuser(); Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT count(*), max(name) FROM library_user")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(2);
            assertThat(row.getString(2)).isEqualTo(name);
        }
    }
}
