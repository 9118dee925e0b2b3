package no.baerekraftsjekk.storage.council;

import java.sql.SQLException;

/** Which database errors mean "the server is gone" rather than "the server said no". */
final class ServerFailures {
    private ServerFailures() {
    }

    /**
     * SQLSTATE class 08 is a connection failure; 57P01-57P03 are the server shutting down or not
     * yet accepting connections (after a crash it recovers first). pgjdbc reports a refused or
     * broken socket as 08001/08006.
     */
    static boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
            }
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
