package no.baerekraftsjekk.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.profile.LocalGoalReach;
import org.junit.jupiter.api.Test;

/** The portfolio by local goals: the case report's rule applied to every case, and counts that match their selections. */
class LocalGoalCounterTest {
    private static final List<LocalGoal> PLAN = List.of(
            new LocalGoal("KP-1", "Trygge skoleveier", "", List.of(11), List.of()),
            new LocalGoal("KP-2", "Fornybar energi", "", List.of(), List.of("7.2")),
            new LocalGoal("KP-3", "Natur og klima", "", List.of(13, 15), List.of("14.1")),
            new LocalGoal("KP-4", "God folkehelse", "", List.of(3), List.of("11.7")));

    /** Random cases of which about half picked a target under each relevant goal. */
    private static List<Assessment> cases(int n, long seed) {
        Random random = new Random(seed);
        List<Assessment> list = new ArrayList<>();
        for (Assessment a : PortfolioFixtures.assessments(n, seed)) {
            for (GoalAssessment goal : a.goals().values()) {
                if (random.nextBoolean()) {
                    a = a.withGoal(goal.withTargets(List.of(goal.goal() + "." + (1 + random.nextInt(2)))));
                }
            }
            list.add(a);
        }
        return list;
    }

    @Test
    void eachCountIsTheCasesItsSelectionListsAndAgreesWithTheCaseReportsRule() {
        List<Assessment> cases = cases(300, 5);
        List<PortfolioEntry> entries = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            entries.add(PortfolioFixtures.entry(i + 1, cases.get(i)));
        }
        Portfolio p = new PortfolioCalculator().calculate(entries, PortfolioFilter.ALL, TrendInterval.YEAR);

        List<LocalGoalRow> rows = LocalGoalCounter.count(PLAN, p.entries());

        assertThat(rows).extracting(r -> r.goal().id()).containsExactly("KP-1", "KP-2", "KP-3", "KP-4");
        for (int i = 0; i < PLAN.size(); i++) {
            LocalGoalRow row = rows.get(i);
            LocalGoal goal = PLAN.get(i);
            assertThat(p.casesOf(row.selection())).hasSize(row.cases());
            assertThat(p.casesOf(row.positiveSelection())).hasSize(row.withPositive());
            assertThat(p.casesOf(row.negativeSelection())).hasSize(row.withNegative());
            assertThat(p.casesOf(row.notRatedSelection())).hasSize(row.notRated());
            // The same cases as the case report's section would list, read from each full assessment.
            long byReport = cases.stream().filter(a -> !a.hasAlternatives())
                    .filter(a -> LocalGoalReach.of(List.of(goal), a).size() == 1).count();
            assertThat(row.cases()).as(goal.id()).isEqualTo((int) byReport);
            // Never netted: a case both ways is on both sides, so the sides together cover every rated case.
            assertThat(row.withPositive() + row.withNegative()).isGreaterThanOrEqualTo(row.cases() - row.notRated());
            assertThat(row.cases()).isPositive();
        }
    }

    @Test
    void theCountsOfTwoHalvesAddUpToTheWhole() {
        List<PortfolioEntry> entries = new ArrayList<>();
        List<Assessment> cases = cases(200, 9);
        for (int i = 0; i < cases.size(); i++) {
            entries.add(PortfolioFixtures.entry(i + 1, cases.get(i)));
        }
        List<LocalGoalRow> whole = LocalGoalCounter.count(PLAN, entries);
        List<LocalGoalRow> first = LocalGoalCounter.count(PLAN, entries.subList(0, 77));
        List<LocalGoalRow> rest = LocalGoalCounter.count(PLAN, entries.subList(77, entries.size()));
        for (int i = 0; i < PLAN.size(); i++) {
            assertThat(first.get(i).cases() + rest.get(i).cases()).isEqualTo(whole.get(i).cases());
            assertThat(first.get(i).withPositive() + rest.get(i).withPositive()).isEqualTo(whole.get(i).withPositive());
            assertThat(first.get(i).withNegative() + rest.get(i).withNegative()).isEqualTo(whole.get(i).withNegative());
            assertThat(first.get(i).notRated() + rest.get(i).notRated()).isEqualTo(whole.get(i).notRated());
        }
    }
}
