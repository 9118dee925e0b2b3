package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Status;

/**
 * Users of a test council library, each a real PostgreSQL login role. Login roles belong to the
 * whole server, which every test class shares, so each set of people gets logins of its own
 * ("kari_3"); {@link #login(String)} gives the login of a first name.
 */
public final class CouncilPeople {
    private static final AtomicInteger SETS = new AtomicInteger();
    private final CouncilServer council;
    private final String suffix = "_" + SETS.incrementAndGet();

    public CouncilPeople(CouncilServer council) {
        this.council = council;
    }

    public String login(String firstName) {
        return firstName + suffix;
    }

    /** Registers a user as IT (the superuser the test server runs as). */
    public CouncilPeople add(String firstName, String fullName, LibraryRole role, String... units) {
        try (PostgresLibrary it = PostgresLibrary.open(new CouncilConnector(council), "it", Clock.systemUTC())) {
            new CouncilUsers(it).add(login(firstName), fullName, role, List.of(units));
        }
        return this;
    }

    /** The council library as this person connects to it. */
    public CouncilServer as(String firstName) {
        return CouncilServer.ofUrl(council.url().replaceFirst("user=[^&]*", "user=" + login(firstName)));
    }

    /** The program's library signed in as this person, saving under their login. */
    public PostgresLibrary library(String firstName) {
        return PostgresLibrary.open(new CouncilConnector(as(firstName)), login(firstName), Clock.systemUTC());
    }

    /** A plain JDBC connection as this person: outside the program's own code. */
    public Connection jdbc(String firstName) throws SQLException {
        return DriverManager.getConnection(as(firstName).url());
    }

    /** A plain JDBC connection as the superuser the test server runs as. */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection(council.url());
    }

    public CouncilServer council() {
        return council;
    }

    /** An assessment of a case in a unit; exempt when a basis is given. */
    public static Assessment assessment(String title, String unit, String exemptionBasis, Status status) {
        CaseInfo info = new CaseInfo(title, "2026/77", CaseType.PLAN, "Eksempel kommune", unit, "Saksbehandler",
                null, "", exemptionBasis);
        return Assessment.newDraft(title).withCaseInfo(info).withStatus(status);
    }
}
