package no.baerekraftsjekk.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;

class PortfolioCalculatorTest {
    private final PortfolioCalculator calculator = new PortfolioCalculator();

    @Test
    void aCaseThatHelpsAndHarmsAGoalCountsOnBothSidesAtItsLevels() {
        Portfolio p = portfolio(withGoal(case_("A", "Oppvekst", LocalDate.of(2027, 2, 1)), 11, 3, 2));

        assertThat(p.goal(11).effects().count(Side.POSITIVE, 3)).isEqualTo(1);
        assertThat(p.goal(11).effects().count(Side.NEGATIVE, 2)).isEqualTo(1);
        assertThat(p.goal(11).effects().total(Side.POSITIVE)).isEqualTo(1);
        assertThat(p.goal(11).effects().total(Side.NEGATIVE)).isEqualTo(1);
    }

    @Test
    void unitsThatDifferOnlyInCaseAndSpacesAreOneGroupShownByTheCommonestSpelling() {
        Portfolio p = portfolio(case_("A", "Kommunalteknikk", null), case_("B", "kommunalteknikk ", null),
                case_("C", "Kommunalteknikk", null), case_("D", "Oppvekst", null));

        assertThat(p.byUnit()).extracting(GroupRow::name, GroupRow::cases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kommunalteknikk", 3), org.assertj.core.groups.Tuple.tuple("Oppvekst", 1));
    }

    @Test
    void theMostFrequentConflictPairComesFirstAndUnhandledSevereConflictsAreListed() {
        Assessment conflicted = withGoal(withGoal(case_("A", "", null), 11, 2, 0), 15, 0, 2);
        Portfolio p = portfolio(conflicted, conflicted.withCaseInfo(conflicted.caseInfo().withTitle("B")),
                withGoal(withGoal(case_("C", "", null), 8, 2, 0), 13, 0, 1));

        assertThat(p.conflictPairs().getFirst()).isEqualTo(new PairCount(11, 15, 2));
        assertThat(p.unhandled()).extracting(u -> u.entry().title()).containsExactlyInAnyOrder("A", "B");
        assertThat(p.unhandled()).allSatisfy(u -> assertThat(u.conflict().severity()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void theDateOfTheCasePlacesItInTimeElseWhenItWasCreated() {
        Portfolio p = calculator.calculate(List.of(PortfolioFixtures.entry(1, case_("A", "", LocalDate.of(2027, 5, 3))),
                PortfolioFixtures.entry(2, case_("B", "", null))), PortfolioFilter.ALL, TrendInterval.QUARTER);

        assertThat(p.trend()).extracting(GroupRow::key).containsExactly("2026-K2", "2027-K2");
    }

    @Test
    void aPeriodFilterIncludesBothEndDays() {
        List<PortfolioEntry> entries = List.of(PortfolioFixtures.entry(1, case_("A", "", LocalDate.of(2027, 1, 1))),
                PortfolioFixtures.entry(2, case_("B", "", LocalDate.of(2027, 12, 31))),
                PortfolioFixtures.entry(3, case_("C", "", LocalDate.of(2028, 1, 1))));

        Portfolio p = calculator.calculate(entries, PortfolioFilter.ALL.withPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                TrendInterval.YEAR);

        assertThat(p.entries()).extracting(PortfolioEntry::title).containsExactly("A", "B");
    }

    @Test
    void exemptCasesAreCounted() {
        Assessment open = case_("Åpen", "", null);
        Assessment exempt = open.withCaseInfo(open.caseInfo().withTitle("Hemmelig").withExemptionBasis("Offl. § 13"));

        Portfolio p = portfolio(open, exempt);

        assertThat(p.cases()).isEqualTo(2);
        assertThat(p.exempt()).isEqualTo(1);
    }

    private Portfolio portfolio(Assessment... cases) {
        List<PortfolioEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            entries.add(PortfolioFixtures.entry(i + 1, cases[i]));
        }
        return calculator.calculate(entries, PortfolioFilter.ALL, TrendInterval.YEAR);
    }

    private static Assessment case_(String title, String unit, LocalDate date) {
        return new Assessment(new CaseInfo(title, "", CaseType.PLAN, "", unit, "", date, "", null), Map.of(), Map.of(), List.of(),
                "", "", Status.DRAFT);
    }

    private static Assessment withGoal(Assessment a, int goal, int positive, int negative) {
        return a.withGoal(GoalAssessment.screened(goal, Relevance.DIRECT).withRatings(positive, negative).withJustification("Begrunnet."));
    }

    /** The list read through by conflict is the list a stable sort of every case's unhandled conflicts gives. */
    @Test
    void theUnhandledConflictsAreEveryCasesInStableConflictOrder() {
        var analyzer = no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer.standard();
        List<Assessment> assessments = VariedLibrary.assessments(600, 5);
        List<PortfolioEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            entries.add(PortfolioEntry.of(i, assessments.get(i), java.time.Instant.EPOCH, analyzer, java.time.ZoneOffset.UTC));
        }
        List<UnhandledConflict> plain = new java.util.ArrayList<>();
        for (PortfolioEntry e : entries) {
            e.unhandledSevereConflicts().forEach(c -> plain.add(new UnhandledConflict(e, c)));
        }
        plain.sort((a, b) -> no.baerekraftsjekk.domain.analysis.ConflictOrder.INSTANCE.compare(a.conflict(), b.conflict()));

        Portfolio p = new PortfolioCalculator().calculate(entries, PortfolioFilter.ALL, TrendInterval.QUARTER);

        assertThat(plain).hasSizeGreaterThan(100);
        assertThat(p.unhandled()).hasSameSizeAs(plain);
        assertThat(p.unhandled()).containsExactlyElementsOf(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(p.unhandled().get(i).entry()).isSameAs(plain.get(i).entry());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.unhandled().get(plain.size()))
                .isInstanceOf(IndexOutOfBoundsException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.unhandled().add(plain.getFirst()))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
