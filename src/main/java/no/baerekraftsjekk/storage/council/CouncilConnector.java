package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryException;

/**
 * Opens connections to the council library. Tries first without a password (Kerberos, .pgpass,
 * trust); only when the server asks for one is the password source asked, once, and the answer is
 * kept in this object's memory for reconnecting after a network failure. It is never written anywhere.
 */
public final class CouncilConnector {
    private final CouncilServer server;
    private final Supplier<Optional<char[]>> passwordSource;
    private volatile Optional<char[]> password = Optional.empty();

    public CouncilConnector(CouncilServer server, Supplier<Optional<char[]>> passwordSource) {
        this.server = server;
        this.passwordSource = passwordSource;
    }

    public CouncilConnector(CouncilServer server) {
        this(server, Optional::empty);
    }

    public CouncilServer server() {
        return server;
    }

    /** A new connection; throws {@link CouncilUnreachableException} when the server cannot be reached. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(server.url(), server.driverProperties(password));
        } catch (SQLException e) {
            if (asksForPassword(e) && password.isEmpty()) {
                Optional<char[]> given = passwordSource.get();
                if (given.isPresent()) {
                    password = given;
                    try {
                        return DriverManager.getConnection(server.url(), server.driverProperties(password));
                    } catch (SQLException again) {
                        if (asksForPassword(again)) {
                            password = Optional.empty();
                        }
                        throw failure(again);
                    }
                }
            }
            throw failure(e);
        }
    }

    /** The driver settings with the password given so far, for Flyway's own connections. */
    java.util.Properties driverProperties() {
        return server.driverProperties(password);
    }

    private LibraryException failure(SQLException e) {
        if (asksForPassword(e)) {
            return new LibraryException(Message.of("council.error.signIn", server.describe()), e);
        }
        if (ServerFailures.isConnectionLost(e)) {
            return new CouncilUnreachableException(Message.of("council.error.unreachable", server.describe()), e);
        }
        return new LibraryException(Message.of("council.error.connect", server.describe(), String.valueOf(e.getMessage())), e);
    }

    /** 28P01: wrong password; 08004 with pgjdbc's "no password was provided": the server wants one. */
    private static boolean asksForPassword(SQLException e) {
        return "28P01".equals(e.getSQLState())
                || ("08004".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("password"));
    }
}
