package no.baerekraftsjekk.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times the library stores, which it writes with {@link Instant#toString()}
 * ("2026-12-02T12:30:57.509721561Z"). The list of the library reads two per assessment while the
 * window starts, and {@link Instant#parse}, general and cold, was most of reading a list of 1 000
 * (about 60 of 90 ms on two cores). This reads the usual form by hand and leaves any other form
 * (a year beyond 9999, a time written by another program) to {@link Instant#parse}.
 */
final class StoredInstant {
    /** What a fraction of n digits is multiplied by to give nanoseconds. */
    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private StoredInstant() {
    }

    static Instant parse(String text) {
        // yyyy-MM-ddTHH:mm:ss, then an optional fraction of 1 to 9 digits, then Z.
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1) {
                return Instant.parse(text);
            }
            int fraction = digits(text, 20, length - 1);
            nanos = fraction < 0 ? -1 : fraction * SCALE[fractionDigits];
        } else if (length != 20) {
            return Instant.parse(text);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(text);
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Instant.parse(text);
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number written in {@code text} from {@code start} to {@code end}; -1 when a character is no digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
