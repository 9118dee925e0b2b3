package no.baerekraftsjekk.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Times and dates as the libraries store them, read by hand where many are read at once (the list
 * while the window starts, roll-ups over a whole library):
 * {@code Instant.parse} and {@code LocalDate.parse} go through a formatter, a tenth of the read of
 * 100 000 assessments. Anything not in the stored form goes to them, so the result is always theirs.
 */
public final class StoredTimes {
    private StoredTimes() {
    }

    /** "2026-11-23", or null for null. */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (RuntimeException e) {
            return LocalDate.parse(text);
        }
    }

    /**
     * A time as the library writes it ({@code Instant.toString()}, UTC, "2026-12-02T12:37:17.771704459Z"),
     * read by hand: {@code Instant.parse} builds a formatter on every call, a tenth of the whole read.
     * Anything else goes to {@code Instant.parse}.
     */
    public static Instant instant(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z' || n == 21 || (n > 20 && (text.charAt(19) != '.' || n > 30))) {
            return Instant.parse(text);
        }
        try {
            long seconds = java.time.LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
                    digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19)).toEpochSecond(java.time.ZoneOffset.UTC);
            int nanos = 0;
            if (n > 20) {
                nanos = digits(text, 20, n - 1);
                for (int i = n - 1 - 20; i < 9; i++) {
                    nanos *= 10;
                }
            }
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (RuntimeException e) {
            return Instant.parse(text);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
