package no.baerekraftsjekk.ui.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.ui.common.UserSettings;

/**
 * Remembers the portfolio's filter, grouping and trend interval between sessions. A value that no
 * longer reads (an old enum name, a broken date) means "no limit", never a failed screen.
 */
final class PortfolioSettings {
    private static final String PREFIX = "portfolio.";

    private final UserSettings settings;

    PortfolioSettings(UserSettings settings) {
        this.settings = settings;
    }

    PortfolioFilter filter() {
        String unit = settings.get(PREFIX + "unit", "");
        String committee = settings.get(PREFIX + "committee", "");
        CaseType type = value(CaseType.class, settings.get(PREFIX + "caseType", ""));
        Stage stage = value(Stage.class, settings.get(PREFIX + "status", ""));
        return new PortfolioFilter(date("from"), date("to"), unit.isEmpty() ? Set.of() : Set.of(unit),
                committee.isEmpty() ? Set.of() : Set.of(committee), type == null ? Set.of() : Set.of(type),
                stage == null ? Set.of() : Set.of(stage));
    }

    TrendInterval interval() {
        TrendInterval value = value(TrendInterval.class, settings.get(PREFIX + "interval", ""));
        return value == null ? TrendInterval.QUARTER : value;
    }

    Grouping grouping() {
        Grouping value = value(Grouping.class, settings.get(PREFIX + "grouping", ""));
        return value == Grouping.COMMITTEE ? Grouping.COMMITTEE : Grouping.UNIT;
    }

    void remember(PortfolioFilter filter, TrendInterval interval, Grouping grouping) {
        settings.put(PREFIX + "from", filter.from() == null ? "" : filter.from().toString());
        settings.put(PREFIX + "to", filter.to() == null ? "" : filter.to().toString());
        settings.put(PREFIX + "unit", first(filter.units()));
        settings.put(PREFIX + "committee", first(filter.committees()));
        settings.put(PREFIX + "caseType", filter.caseTypes().isEmpty() ? "" : filter.caseTypes().iterator().next().name());
        settings.put(PREFIX + "status", filter.stages().isEmpty() ? "" : filter.stages().iterator().next().name());
        settings.put(PREFIX + "interval", interval.name());
        settings.put(PREFIX + "grouping", grouping.name());
    }

    private LocalDate date(String key) {
        String text = settings.get(PREFIX + key, "");
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(Set<String> values) {
        return values.isEmpty() ? "" : values.iterator().next();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return name.isEmpty() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
