package no.baerekraftsjekk.domain.portfolio;

import java.time.LocalDate;

/** How the trend groups cases in time. */
public enum TrendInterval {
    QUARTER,
    YEAR;

    private static final int FIRST_KEPT = 1900;
    private static final int YEARS_KEPT = 300;
    /**
     * The keys of the years 1900–2199 and their quarters, made once: every case of a library of
     * 100 000 asks for its two keys, and counting compares keys that are one string each time.
     */
    private static final String[] KEPT = new String[YEARS_KEPT * 5];

    static {
        for (int year = FIRST_KEPT; year < FIRST_KEPT + YEARS_KEPT; year++) {
            for (int quarter = 0; quarter <= 4; quarter++) {
                KEPT[(year - FIRST_KEPT) * 5 + quarter] = quarter == 0 ? Integer.toString(year) : year + "-K" + quarter;
            }
        }
    }

    /** A sortable key of the period a date falls in: "2027-K1" or "2027". */
    public String keyOf(LocalDate date) {
        int year = date.getYear();
        if (year >= FIRST_KEPT && year < FIRST_KEPT + YEARS_KEPT) {
            int quarter = this == QUARTER ? (date.getMonthValue() - 1) / 3 + 1 : 0;
            return KEPT[(year - FIRST_KEPT) * 5 + quarter];
        }
        return switch (this) {
            case QUARTER -> date.getYear() + "-K" + ((date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
