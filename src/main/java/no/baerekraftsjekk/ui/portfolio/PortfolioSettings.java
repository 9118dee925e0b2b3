package no.baerekraftsjekk.ui.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.portfolio.Grouping;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.Stage;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.ui.common.UserSettings;

/**
 * Remembers the portfolio's filter, grouping and trend interval between sessions. Each kind of
 * filter holds several choices, one a line. A value that no longer reads (an old enum name, a broken
 * date) is left out, never a failed screen; a single choice remembered by an older version
 * ({@code portfolio.unit} and so on) is still read until the filter is changed.
 */
final class PortfolioSettings {
    private static final String PREFIX = "portfolio.";
    /** Between the choices of one kind: a line break, which no unit or committee name read from a field holds. */
    private static final String SEPARATOR = "\n";

    private final UserSettings settings;

    PortfolioSettings(UserSettings settings) {
        this.settings = settings;
    }

    PortfolioFilter filter() {
        return new PortfolioFilter(date("from"), date("to"), values("units", "unit", s -> s),
                values("committees", "committee", s -> s),
                enums(CaseType.class, values("caseTypes", "caseType", s -> value(CaseType.class, s))),
                enums(Stage.class, values("statuses", "status", s -> value(Stage.class, s))));
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
        put("units", "unit", filter.units().stream().sorted().toList());
        put("committees", "committee", filter.committees().stream().sorted().toList());
        put("caseTypes", "caseType", filter.caseTypes().stream().sorted().map(Enum::name).toList());
        put("statuses", "status", filter.stages().stream().sorted().map(Enum::name).toList());
        settings.put(PREFIX + "interval", interval.name());
        settings.put(PREFIX + "grouping", grouping.name());
    }

    /** Writes the choices; the older single key is emptied, so it is never read instead. */
    private void put(String key, String oldKey, Collection<String> values) {
        settings.put(PREFIX + key, String.join(SEPARATOR, values));
        settings.put(PREFIX + oldKey, "");
    }

    private <T> Set<T> values(String key, String oldKey, Function<String, T> read) {
        String text = settings.get(PREFIX + key, "");
        if (text.isEmpty()) {
            text = settings.get(PREFIX + oldKey, "");
        }
        Set<T> values = new LinkedHashSet<>();
        for (String line : text.split(SEPARATOR)) {
            T value = line.isBlank() ? null : read.apply(line);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Set<E> values) {
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    private LocalDate date(String key) {
        String text = settings.get(PREFIX + key, "");
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return name.isEmpty() ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
