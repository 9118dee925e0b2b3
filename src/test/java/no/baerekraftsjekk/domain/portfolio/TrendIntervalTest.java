package no.baerekraftsjekk.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrendIntervalTest {

    /** The keys made once for 1900–2199 are the keys worked out for any other year. */
    @Test
    void keysAreTheYearAndItsQuarterInsideAndOutsideTheYearsKept() {
        for (int year : new int[] {1, 1899, 1900, 2026, 2199, 2200, 9999}) {
            for (int month = 1; month <= 12; month++) {
                LocalDate date = LocalDate.of(year, month, 28);
                assertThat(TrendInterval.YEAR.keyOf(date)).isEqualTo(Integer.toString(year));
                assertThat(TrendInterval.QUARTER.keyOf(date)).isEqualTo(year + "-K" + ((month - 1) / 3 + 1));
            }
        }
        assertThat(TrendInterval.QUARTER.keyOf(LocalDate.of(2027, 3, 31))).isEqualTo("2027-K1");
        assertThat(TrendInterval.QUARTER.keyOf(LocalDate.of(2027, 4, 1))).isEqualTo("2027-K2");
        assertThat(TrendInterval.QUARTER.keyOf(LocalDate.of(2027, 12, 31))).isEqualTo("2027-K4");
    }
}
