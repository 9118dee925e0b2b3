package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryContractTest extends AssessmentLibraryContract {
    @TempDir
    Path folder;

    @Override
    protected AssessmentLibrary newLibrary() {
        return SqliteLibrary.open(folder.resolve("bibliotek.sqlite"), new TickingClock());
    }

    /** A second later every time it is read, so "the most recently changed" never ties within a millisecond. */
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
