package no.baerekraftsjekk.domain.portfolio;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.CaseType;

/**
 * Which cases a portfolio covers. Every part narrows the others (they combine with "and"); an empty
 * set or a null date means no limit. Units and committees are compared by {@link NameKey}, so a
 * filter on "Kommunalteknikk" also takes "kommunalteknikk ".
 *
 * @param from first day of the period, inclusive
 * @param to last day of the period, inclusive
 */
public record PortfolioFilter(LocalDate from, LocalDate to, Set<String> units, Set<String> committees,
                              Set<CaseType> caseTypes, Set<Stage> stages) implements Predicate<PortfolioEntry> {

    public static final PortfolioFilter ALL = new PortfolioFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of());

    public PortfolioFilter {
        units = units.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        committees = committees.stream().map(NameKey::of).collect(Collectors.toUnmodifiableSet());
        caseTypes = caseTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(caseTypes));
        stages = stages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stages));
    }

    /** Whether the period runs backwards, which no case can match: the screen and the command line say so. */
    public boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    @Override
    public boolean test(PortfolioEntry entry) {
        LocalDate when = entry.periodDate();
        return (from == null || !when.isBefore(from))
                && (to == null || !when.isAfter(to))
                && (units.isEmpty() || units.contains(entry.unitKey()))
                && (committees.isEmpty() || committees.contains(entry.committeeKey()))
                && (caseTypes.isEmpty() || caseTypes.contains(entry.caseType()))
                && (stages.isEmpty() || stages.contains(entry.stage()));
    }

    public PortfolioFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new PortfolioFilter(newFrom, newTo, units, committees, caseTypes, stages);
    }

    public PortfolioFilter withUnits(Set<String> value) {
        return new PortfolioFilter(from, to, value, committees, caseTypes, stages);
    }

    public PortfolioFilter withCommittees(Set<String> value) {
        return new PortfolioFilter(from, to, units, value, caseTypes, stages);
    }

    public PortfolioFilter withCaseTypes(Set<CaseType> value) {
        return new PortfolioFilter(from, to, units, committees, value, stages);
    }

    public PortfolioFilter withStages(Set<Stage> value) {
        return new PortfolioFilter(from, to, units, committees, caseTypes, value);
    }
}
