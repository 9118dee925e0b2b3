package no.baerekraftsjekk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.domain.portfolio.PortfolioCalculator;
import no.baerekraftsjekk.domain.portfolio.PortfolioEntry;
import no.baerekraftsjekk.domain.portfolio.PortfolioFilter;
import no.baerekraftsjekk.domain.portfolio.PortfolioFixtures;
import no.baerekraftsjekk.domain.portfolio.TrendInterval;
import no.baerekraftsjekk.domain.portfolio.VariedLibrary;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.SearchText;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.storage.council.CouncilConnector;
import no.baerekraftsjekk.storage.council.CouncilServer;
import no.baerekraftsjekk.storage.council.CouncilTestServer;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import no.baerekraftsjekk.ui.common.Theme;
import no.baerekraftsjekk.usecase.LoadPortfolio;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Issue 16's targets: the portfolio of 10 000 assessments in the local library computed and shown
 * in under 300 ms, and of 100 000 in the council library in under 2 s. "Shown" is a new portfolio
 * screen (view model and {@link PortfolioView}) on a stage with its first layout done. Each figure
 * is printed beside a baseline measured in the same run: the plain path, every assessment read
 * whole (and for the council library, one at a time, as before there was a bulk read there).
 * Run with {@code mvn -Pbenchmark test -Dtest=PortfolioBenchmark}.
 *
 * <p>The limits are checked on CPU time, which the other work on a shared test machine does not
 * inflate: of the working thread, and for the council library also of the PostgreSQL server's
 * execution of the query (its own process), from EXPLAIN ANALYZE. Wall times are printed beside.
 */
@Tag("benchmark")
class PortfolioBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AssessmentAnalyzer ANALYZER = AssessmentAnalyzer.standard();
    private static final int COUNCIL = Integer.getInteger("portfolio.council.count", 100_000);
    /** Within Monocle's headless screen (1280×800): a larger stage overflows its frame buffer. */
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 768;

    @TempDir
    Path folder;

    @Test
    void tenThousandLocalAssessmentsAreReadCountedAndShownInUnder300Milliseconds() {
        Path file = folder.resolve("bench.sqlite");
        long fill = System.nanoTime();
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            PortfolioFixtures.assessments(10_000, 42).forEach(library::create);
        }
        System.out.printf("[portfolio] local: 10 000 assessments saved one by one in %.1f s%n", (System.nanoTime() - fill) / 1e9);

        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            LoadPortfolio load = new LoadPortfolio(library, ANALYZER, ZoneOffset.UTC);
            Times plain = median("baseline: every assessment read whole + entries", 3, () -> plainEntries(library).size());
            Times read = median("read: joined ratings + roll-up analysis", 5, () -> load.entries().size());
            List<PortfolioEntry> entries = load.entries();
            PortfolioCalculator calculator = new PortfolioCalculator();
            Times count = median("count, no filter", 21,
                    () -> calculator.calculate(entries, PortfolioFilter.ALL, TrendInterval.QUARTER).cases());
            PortfolioFilter year = PortfolioFilter.ALL.withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                    .withUnits(Set.of("kommunalteknikk"));
            median("count, one year and one unit", 21, () -> calculator.calculate(entries, year, TrendInterval.YEAR).cases());

            try (Screen screen = new Screen(folder.resolve("screen"))) {
                Times shown = screen.measureOpening(entries);
                Times refilter = screen.measureFilterChange(entries);
                double opening = read.cpu + shown.cpu;
                System.out.printf("[portfolio] local 10 000: opening the screen (read + count + show) %.1f ms CPU (%.1f ms wall); "
                        + "baseline read alone %.1f ms CPU; target < 300 ms%n", opening, read.wall + shown.wall, plain.cpu);
                System.out.printf("[portfolio] local 10 000: a filter change (count + redraw) %.1f ms CPU; target < 300 ms%n", refilter.cpu);
                assertThat(opening).isLessThan(300);
                assertThat(refilter.cpu).isLessThan(300);
            }
            assertThat(count.cpu).isLessThan(300);
        }
    }

    @Test
    @Tag("postgres")
    void aHundredThousandCouncilAssessmentsAreReadCountedAndShownInUnder2Seconds() throws Exception {
        CouncilServer council = CouncilTestServer.newLibrary("portfolio_benchmark");
        long fill = System.nanoTime();
        copyIn(council, COUNCIL);
        System.out.printf("[portfolio] council: %d assessments written with COPY in %.1f s%n", COUNCIL, (System.nanoTime() - fill) / 1e9);

        try (PostgresLibrary library = PostgresLibrary.open(new CouncilConnector(council), "leder", Clock.systemUTC())) {
            Times oneByOne = median("baseline: 1 000 assessments read one by one", 3, () -> {
                List<AssessmentSummary> some = library.list().subList(0, 1_000);
                some.forEach(s -> library.find(s.id()).orElseThrow());
                return some.size();
            });
            System.out.printf("[portfolio] council: baseline, all %d one by one (as before): about %.0f ms wall%n", COUNCIL,
                    oneByOne.wall * COUNCIL / 1_000);
            LoadPortfolio load = new LoadPortfolio(library, ANALYZER, ZoneOffset.UTC);
            Times read = median("read: V5 columns + roll-up analysis", 5, () -> load.entries().size());
            double server = serverMilliseconds(council);
            List<PortfolioEntry> entries = load.entries();
            Times count = median("count, no filter", 11,
                    () -> new PortfolioCalculator().calculate(entries, PortfolioFilter.ALL, TrendInterval.QUARTER).cases());
            try (Screen screen = new Screen(folder.resolve("council-screen"))) {
                Times shown = screen.measureOpening(entries);
                double opening = server + read.cpu + shown.cpu;
                System.out.printf("[portfolio] council %d: opening the screen (server %.1f + read %.1f + count and show %.1f) "
                        + "%.1f ms CPU (%.1f ms wall); count alone %.1f ms CPU; target < 2000 ms%n", COUNCIL, server, read.cpu,
                        shown.cpu, opening, read.wall + shown.wall, count.cpu);
                assertThat(entries).hasSize(COUNCIL);
                assertThat(opening).isLessThan(2000);
            }
        }
    }

    /** The plain path: every assessment read whole (all texts), then its entry. */
    private static List<PortfolioEntry> plainEntries(AssessmentLibrary library) {
        List<PortfolioEntry> entries = new ArrayList<>();
        library.forEachAssessment(s -> entries.add(PortfolioEntry.of(s.id(), s.assessment(), s.created(), ANALYZER, ZoneOffset.UTC)));
        return entries;
    }

    /**
     * Writes the assessments with COPY, as IT's copy of a library would: the rows and documents a
     * save writes, without the history and audit triggers (a first version has no history to merge).
     * The columns the portfolio reads are generated by PostgreSQL from each document as on any write.
     */
    private static void copyIn(CouncilServer council, int count) throws Exception {
        BkjWriter writer = new BkjWriter();
        Random random = new Random(16);
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        try (Connection db = DriverManager.getConnection(council.url()); Statement s = db.createStatement()) {
            s.execute("ALTER TABLE assessment DISABLE TRIGGER USER");
            CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY assessment (title, case_number, case_type, unit, "
                    + "status, document, search_text, version, created_at, changed_at, changed_by) FROM STDIN");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < count; i++) {
                Assessment a = VariedLibrary.assessment(random, i);
                String when = OffsetDateTime.ofInstant(start.plusSeconds(i * 600L), ZoneOffset.UTC).toString();
                rows.append(text(a.caseInfo().title())).append('\t').append(text(a.caseInfo().caseNumber())).append('\t')
                        .append(a.caseInfo().caseType().name()).append('\t').append(text(a.caseInfo().unit())).append('\t')
                        .append(a.status().name()).append('\t').append(text(new String(writer.write(a), StandardCharsets.UTF_8)))
                        .append('\t').append(text(SearchText.of(a))).append("\t1\t").append(when).append('\t').append(when)
                        .append("\tsaksbehandler").append(i % 200).append('\n');
                if (rows.length() > 1 << 20 || i == count - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            copy.endCopy();
            s.execute("ALTER TABLE assessment ENABLE TRIGGER USER");
            s.execute("VACUUM ANALYZE assessment");
        }
    }

    /** A value in COPY's text format. */
    private static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The server's execution time of the portfolio's query (median of 5), which the client's CPU time does not hold. */
    private static double serverMilliseconds(CouncilServer council) throws Exception {
        double[] times = new double[5];
        try (Connection db = DriverManager.getConnection(council.url()); Statement s = db.createStatement()) {
            for (int i = 0; i < times.length; i++) {
                try (ResultSet plan = s.executeQuery("EXPLAIN (ANALYZE, TIMING OFF) SELECT id, title, case_number, case_type, "
                        + "rollup_organisation, unit, rollup_case_date, rollup_exemption, status, created_at, changed_at, version, "
                        + "changed_by, rollup_committee, rollup_meeting_date, review_status, rollup_ratings, rollup_weighed, "
                        + "rollup_alternatives, rollup_recommended FROM assessment WHERE deleted_at IS NULL ORDER BY id")) {
                    while (plan.next()) {
                        String line = plan.getString(1);
                        if (line.startsWith("Execution Time:")) {
                            times[i] = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                        }
                    }
                }
            }
        }
        Arrays.sort(times);
        System.out.printf("[portfolio] %-52s median %7.1f ms on the server%n", "the query's execution (EXPLAIN ANALYZE)", times[2]);
        return times[2];
    }

    /** The portfolio screen on a headless stage, made anew for each measurement. */
    private static final class Screen implements AutoCloseable {
        private final PortfolioScreenFixture fixture;

        Screen(Path folder) {
            FxTesting.startPlatform();
            FxTesting.onFx(Theme::apply);
            fixture = new PortfolioScreenFixture(folder);
        }

        /** A new view model given the entries, a new view on a new stage, shown and laid out. */
        Times measureOpening(List<PortfolioEntry> entries) {
            List<Stage> opened = new ArrayList<>();
            try {
                return median("count + show: new screen on a stage, first layout", 7, () -> onFx(() -> timed(() -> {
                    PortfolioViewModel model = fixture.model();
                    model.setEntries(entries);
                    Scene scene = new Scene(new PortfolioView(model, () -> { }).root(), WIDTH, HEIGHT);
                    scene.getStylesheets().add(MainWindowStylesheet.url());
                    Stage stage = new Stage();
                    opened.add(stage);
                    stage.setScene(scene);
                    stage.show();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return model.portfolioProperty().get().cases();
                })));
            } finally {
                FxTesting.onFx(() -> opened.forEach(Stage::close));
            }
        }

        /** One screen, its case type filter switched on and off: a recount and a redraw each time. */
        Times measureFilterChange(List<PortfolioEntry> entries) {
            PortfolioViewModel model = FxTesting.get(fixture::model);
            Stage stage = FxTesting.get(() -> {
                model.setEntries(entries);
                Scene scene = new Scene(new PortfolioView(model, () -> { }).root(), WIDTH, HEIGHT);
                scene.getStylesheets().add(MainWindowStylesheet.url());
                Stage s = new Stage();
                s.setScene(scene);
                s.show();
                return s;
            });
            try {
                return median("change a filter: recount + redraw", 11, () -> onFx(() -> timed(() -> {
                    model.choose(model.caseTypes(), model.caseTypes().isEmpty() ? Set.of(CaseType.PLAN) : Set.of());
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    return model.portfolioProperty().get().cases();
                })));
            } finally {
                FxTesting.onFx(() -> {
                    model.choose(model.caseTypes(), Set.of());
                    stage.close();
                });
            }
        }

        @Override
        public void close() {
            fixture.close();
        }
    }

    private record Times(double wall, double cpu) {
    }

    /**
     * Median wall time, and the median CPU time of the thread that did the work: on a shared machine
     * the wall time also holds the time other processes had the cores, the CPU time does not.
     */
    private static Times median(String what, int runs, Supplier<Integer> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            CPU.set(-1);
            long before = THREADS.getCurrentThreadCpuTime();
            result = work.get();
            long measured = CPU.get();
            cpu[i] = (measured >= 0 ? measured : THREADS.getCurrentThreadCpuTime() - before) / 1e6;
            wall[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("[portfolio] %-52s median %7.1f ms wall, %7.1f ms CPU  max %7.1f ms wall  (%d cases)%n", what,
                wall[runs / 2], cpu[runs / 2], wall[runs - 1], result);
        return new Times(wall[runs / 2], cpu[runs / 2]);
    }

    /** CPU time of work done on another thread (the FX thread), set by {@link #timed}; -1 when the work ran here. */
    private static final AtomicLong CPU = new AtomicLong(-1);

    /** Runs {@code work} on the calling thread and records that thread's CPU time for it. */
    private static int timed(Supplier<Integer> work) {
        long start = THREADS.getCurrentThreadCpuTime();
        int result = work.get();
        CPU.set(THREADS.getCurrentThreadCpuTime() - start);
        return result;
    }

    /** Runs on the FX thread and waits as long as it takes: a loaded test machine may need more than FxTesting's 10 s. */
    private static int onFx(Supplier<Integer> work) {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }
}
