package no.baerekraftsjekk.domain.portfolio;

import java.time.LocalDate;

/** How the trend groups cases in time. */
public enum TrendInterval {
    QUARTER,
    YEAR;

    /** A sortable key of the period a date falls in: "2027-K1" or "2027". */
    public String keyOf(LocalDate date) {
        return switch (this) {
            case QUARTER -> date.getYear() + "-K" + ((date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
