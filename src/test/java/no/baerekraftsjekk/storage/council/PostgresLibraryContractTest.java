package no.baerekraftsjekk.storage.council;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentLibraryContract;
import org.junit.jupiter.api.Tag;

/** The library contract, on the council library on a real PostgreSQL server (a database per test). */
@Tag("postgres")
class PostgresLibraryContractTest extends AssessmentLibraryContract {

    @Override
    protected AssessmentLibrary newLibrary() {
        return PostgresLibrary.open(new CouncilConnector(CouncilTestServer.newLibrary("contract")), expectedUser(), new TickingClock());
    }

    /** A second later every time it is read, so "the most recently changed" never ties. */
    static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
