package no.baerekraftsjekk.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;

/** The portfolio's sums over random cases, checked against what the issue asks of them. */
class PortfolioProperties {
    private final PortfolioCalculator calculator = new PortfolioCalculator();

    @Property(tries = 60)
    void theCountsOfAnyPartitionAddUpToTheCountsOfTheWhole(@ForAll long seed, @ForAll @IntRange(max = 80) int n,
                                                          @ForAll @IntRange(min = 1, max = 5) int parts) {
        List<PortfolioEntry> all = PortfolioFixtures.entries(n, seed);
        Random random = new Random(seed ^ 0x5EED);
        List<List<PortfolioEntry>> partition = new ArrayList<>();
        IntStream.range(0, parts).forEach(i -> partition.add(new ArrayList<>()));
        all.forEach(e -> partition.get(random.nextInt(parts)).add(e));

        Portfolio whole = calculator.calculate(all, PortfolioFilter.ALL, TrendInterval.QUARTER);
        List<Portfolio> pieces = partition.stream().map(p -> calculator.calculate(p, PortfolioFilter.ALL, TrendInterval.QUARTER)).toList();

        assertThat(figures(whole)).isEqualTo(sum(pieces.stream().map(PortfolioProperties::figures).toList()));
    }

    @Property(tries = 40)
    void unitsStagesAndPeriodsEachPartitionTheCases(@ForAll long seed, @ForAll @IntRange(max = 80) int n) {
        Portfolio whole = calculator.calculate(PortfolioFixtures.entries(n, seed), PortfolioFilter.ALL, TrendInterval.YEAR);

        assertThat(whole.byUnit().stream().mapToInt(GroupRow::cases).sum()).isEqualTo(whole.cases());
        assertThat(whole.byCommittee().stream().mapToInt(GroupRow::cases).sum()).isEqualTo(whole.cases());
        assertThat(whole.trend().stream().mapToInt(GroupRow::cases).sum()).isEqualTo(whole.cases());
        assertThat(whole.stage(Stage.DRAFT) + whole.stage(Stage.COMPLETE) + whole.stage(Stage.APPROVED)).isEqualTo(whole.cases());
        for (GroupRow row : whole.byUnit()) {
            assertThat(row.stage(Stage.DRAFT) + row.stage(Stage.COMPLETE) + row.stage(Stage.APPROVED)).isEqualTo(row.cases());
        }
    }

    @Property(tries = 40)
    void everyCountIsTheNumberOfCasesItsSelectionLists(@ForAll long seed, @ForAll @IntRange(max = 60) int n) {
        Portfolio p = calculator.calculate(PortfolioFixtures.entries(n, seed), PortfolioFilter.ALL, TrendInterval.QUARTER);

        for (GoalRow row : p.goals()) {
            for (Side side : Side.values()) {
                for (int level = 1; level <= 3; level++) {
                    assertThat(p.casesOf(new Selection.GoalEffect(row.goal(), side, level))).hasSize(row.effects().count(side, level));
                }
                assertThat(p.casesOf(new Selection.GoalAnyEffect(row.goal(), side))).hasSize(row.effects().total(side));
            }
            assertThat(p.casesOf(new Selection.GoalNotRelevant(row.goal()))).hasSize(row.notRelevant());
        }
        for (DimensionRow row : p.dimensions()) {
            for (Side side : Side.values()) {
                for (int level = 1; level <= 3; level++) {
                    assertThat(p.casesOf(new Selection.DimensionEffect(row.dimension(), side, level))).hasSize(row.effects().count(side, level));
                }
            }
        }
        for (PairCount pair : p.conflictPairs()) {
            assertThat(p.casesOf(pair.selection())).hasSize(pair.cases());
        }
        for (Stage stage : Stage.values()) {
            assertThat(p.casesOf(new Selection.InStage(stage))).hasSize(p.stage(stage));
        }
        for (GroupRow row : concat(p.byUnit(), p.byCommittee(), p.trend())) {
            assertThat(p.casesOf(row.selection())).hasSize(row.cases());
            assertThat(p.casesOf(new Selection.Both(row.selection(), new Selection.AnyEffect(Side.NEGATIVE)))).hasSize(row.withNegative());
            assertThat(p.casesOf(new Selection.Both(row.selection(), new Selection.UnhandledSevere()))).hasSize(row.withUnhandled());
        }
        assertThat(p.casesOf(new Selection.Exempt())).hasSize(p.exempt());
    }

    @Property(tries = 60)
    void aCasesNegativesNeverCancelItsPositives(@ForAll long seed, @ForAll @IntRange(min = 1, max = 17) int goal,
                                                @ForAll @IntRange(min = 1, max = 3) int negative) {
        Assessment base = PortfolioFixtures.assessments(1, seed).getFirst()
                .withGoal(GoalAssessment.screened(goal, Relevance.DIRECT).withRatings(2, 0).withJustification("Begrunnet."));
        Assessment harmed = base.withGoal(base.goal(goal).orElseThrow().withRatings(2, negative));

        Portfolio before = calculator.calculate(List.of(PortfolioFixtures.entry(1, base)), PortfolioFilter.ALL, TrendInterval.YEAR);
        Portfolio after = calculator.calculate(List.of(PortfolioFixtures.entry(1, harmed)), PortfolioFilter.ALL, TrendInterval.YEAR);

        for (int g = 1; g <= 17; g++) {
            for (int level = 1; level <= 3; level++) {
                assertThat(after.goal(g).effects().count(Side.POSITIVE, level)).isEqualTo(before.goal(g).effects().count(Side.POSITIVE, level));
            }
        }
        assertThat(after.goal(goal).effects().count(Side.POSITIVE, 2)).isEqualTo(1);
        assertThat(after.goal(goal).effects().count(Side.NEGATIVE, negative)).isEqualTo(1);
        for (Dimension d : Dimension.values()) {
            assertThat(after.dimensions().get(d.ordinal()).effects().total(Side.POSITIVE))
                    .isEqualTo(before.dimensions().get(d.ordinal()).effects().total(Side.POSITIVE));
        }
    }

    @Property(tries = 40)
    void filtersCombineAsAnd(@ForAll long seed, @ForAll @IntRange(max = 80) int n, @ForAll CaseType type, @ForAll Stage stage) {
        List<PortfolioEntry> all = PortfolioFixtures.entries(n, seed);
        PortfolioFilter both = PortfolioFilter.ALL.withCaseTypes(Set.of(type)).withStages(Set.of(stage)).withUnits(Set.of("KOMMUNALTEKNIKK"));

        Portfolio p = calculator.calculate(all, both, TrendInterval.YEAR);

        assertThat(p.entries()).containsExactlyElementsOf(all.stream()
                .filter(e -> e.caseType() == type && e.stage() == stage && e.unit().strip().equalsIgnoreCase("kommunalteknikk")).toList());
    }

    /** Every additive figure of a portfolio, flattened, so two portfolios' sums compare as lists. */
    private static List<Integer> figures(Portfolio p) {
        List<Integer> f = new ArrayList<>();
        f.add(p.cases());
        f.add(p.exempt());
        f.add(p.notRelevantMarks());
        p.goals().forEach(row -> {
            for (int level = 0; level <= 3; level++) {
                f.add(row.effects().count(Side.POSITIVE, level));
                f.add(row.effects().count(Side.NEGATIVE, level));
            }
            f.add(row.notRelevant());
        });
        p.dimensions().forEach(row -> {
            for (int level = 0; level <= 3; level++) {
                f.add(row.effects().count(Side.POSITIVE, level));
                f.add(row.effects().count(Side.NEGATIVE, level));
            }
        });
        for (int a = 1; a <= 17; a++) {
            for (int b = a + 1; b <= 17; b++) {
                int lower = a;
                int higher = b;
                f.add(p.conflictPairs().stream().filter(x -> x.lowerGoal() == lower && x.higherGoal() == higher)
                        .mapToInt(PairCount::cases).sum());
            }
        }
        f.add(p.unhandled().size());
        for (Stage s : Stage.values()) {
            f.add(p.stage(s));
        }
        return f;
    }

    private static List<Integer> sum(List<List<Integer>> lists) {
        List<Integer> total = new ArrayList<>(lists.getFirst().stream().map(x -> 0).toList());
        for (List<Integer> l : lists) {
            for (int i = 0; i < l.size(); i++) {
                total.set(i, total.get(i) + l.get(i));
            }
        }
        return total;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

}
