package no.baerekraftsjekk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredTimesTest {

    @Test
    void readsWhatInstantWritesExactlyAsInstantParseDoes() {
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_135_596_800L, 253_402_300_799L);
            // Every length of fraction Instant writes: none, milli, micro, nano.
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertEquals(Instant.parse(text), StoredTimes.instant(text), text);
        }
    }

    @Test
    void leavesOtherFormsToInstantParse() {
        for (String text : List.of("2026-12-02T12:30:57.5Z", "2026-12-02T23:59:60Z", "+10000-01-01T00:00:00Z",
                "2026-12-02T12:30:57+01:00", "2024-02-29T00:00:00Z", "2026-12-02T24:00:00Z", "2026-12-02T12:30:57.123456789Z")) {
            assertEquals(Instant.parse(text), StoredTimes.instant(text), text);
        }
    }

    @Test
    void rejectsWhatInstantParseRejects() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-02T12:61:00Z",
                "2026-12-02 12:30:57Z", "2026-1a-02T12:30:57Z", "2026-12-02T12:30:57.1234567890Z", "2026-12-02T12:30:57", "")) {
            assertThrows(DateTimeParseException.class, () -> Instant.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> StoredTimes.instant(text), text);
        }
    }

    @Test
    void readsStoredDatesAsLocalDateParseDoes() {
        java.time.LocalDate day = java.time.LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 60_000; i += 7) {
            String text = day.plusDays(i).toString();
            assertEquals(java.time.LocalDate.parse(text), StoredTimes.date(text), text);
        }
        assertEquals(null, StoredTimes.date(null));
        for (String text : List.of("2026-02-30", "2026-13-01", "2026-1-01", "26-12-02", "")) {
            assertThrows(DateTimeParseException.class, () -> StoredTimes.date(text), text);
        }
    }
}
