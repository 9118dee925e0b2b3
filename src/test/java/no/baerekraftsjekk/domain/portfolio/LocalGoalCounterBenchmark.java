package no.baerekraftsjekk.domain.portfolio;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What grouping by ten local goals adds to a recount, beside the recount itself (the baseline) on the
 * same cases in the same run. {@code mvn -Pbenchmark test -Dtest=LocalGoalCounterBenchmark}
 */
@Tag("benchmark")
class LocalGoalCounterBenchmark {
    @Test
    void tenLocalGoalsBesideTheRecount() {
        List<LocalGoal> plan = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            plan.add(new LocalGoal("KP-" + i, "Mål " + i, "", List.of(i, 18 - i), List.of(i + ".1", (i + 3) + ".2")));
        }
        List<PortfolioEntry> base = PortfolioFixtures.entries(10_000, 3);
        List<PortfolioEntry> entries = new ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            entries.addAll(base);
        }
        PortfolioCalculator calculator = new PortfolioCalculator();
        for (int size : new int[] {10_000, 100_000}) {
            List<PortfolioEntry> cases = entries.subList(0, size);
            double recount = median(() -> calculator.calculate(cases, PortfolioFilter.ALL, TrendInterval.QUARTER).cases());
            double local = median(() -> LocalGoalCounter.count(plan, cases).size());
            System.out.printf("%,d cases: recount %.1f ms (baseline), ten local goals %.1f ms%n", size, recount, local);
        }
    }

    private static double median(java.util.function.IntSupplier work) {
        double[] times = new double[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.getAsInt();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
