package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Export time of a full 17-goal report per format, each measured in a fresh JVM: cold (the first
 * export of that format), after {@link ReportExporter#warmUp()} (what the user meets in the running
 * program), and warm (median of 20). Run with
 * {@code mvn -Pbenchmark test -Dtest=ReportExportBenchmark}. Target: warm under 150 ms each.
 *
 * <p>The child JVM runs on the test class path without Saxon-HE: veraPDF brings that signed jar in
 * for tests only, and POI's ServiceLoader lookup of an XML transformer then verifies the jar on every
 * save, which makes Word export ten times slower than it is in the program.
 */
@Tag("benchmark")
class ReportExportBenchmark {
    private static final int RUNS = 20;
    private static final Pattern LINE = Pattern.compile(
            "RESULT (\\w+) cold=([\\d.]+) afterWarmUp=([\\d.]+) warm=([\\d.]+) warmCpu=([\\d.]+) size=(\\d+)");

    @Test
    void exportTimesPerFormat() throws Exception {
        for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.WORD)) {
            List<String> output = runChild(format);
            String result = output.stream().filter(l -> l.startsWith("RESULT")).findFirst()
                    .orElseThrow(() -> new AssertionError("No result from the benchmark JVM:\n" + String.join("\n", output)));
            Matcher m = LINE.matcher(result);
            assertThat(m.matches()).isTrue();
            System.out.printf("BENCHMARK report %s: cold %s ms, first after warmUp %s ms, warm median %s ms wall / %s ms CPU (%d runs), %s kB%n",
                    m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), RUNS, Integer.parseInt(m.group(6)) / 1024);
            // CPU time, not wall time: on a shared build machine other processes' load would decide the verdict.
            assertThat(Double.parseDouble(m.group(5))).as("warm export of %s, CPU ms", format).isLessThan(150.0);
        }
    }

    private static List<String> runChild(ReportFormat format) throws IOException, InterruptedException, URISyntaxException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("Saxon-HE"))
                .collect(Collectors.joining(File.pathSeparator));
        Path logging = Path.of(ReportExportBenchmark.class.getResource("/benchmark-logback.xml").toURI());
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Dlogback.configurationFile=" + logging,
                "-cp", classPath, Child.class.getName(), format.name())
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    /** The measurement, in its own JVM so "cold" means cold. */
    static final class Child {
        public static void main(String[] args) throws Exception {
            ReportFormat format = ReportFormat.valueOf(args[0]);
            Assessment assessment = ReportFixtures.exempt(ReportFixtures.fullAssessment());

            long t0 = System.nanoTime();
            ReportExporter cold = ReportExporter.standard();
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            cold.export(assessment, format, first);
            double coldMs = millis(System.nanoTime() - t0);

            // A second exporter, as the program makes it: warmed up, then the user's first export.
            ReportExporter program = ReportExporter.standard();
            program.warmUp();
            long t1 = System.nanoTime();
            program.export(assessment, format, new ByteArrayOutputStream());
            double afterWarmUp = millis(System.nanoTime() - t1);

            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                program.export(assessment, format, new ByteArrayOutputStream());
                times.add(millis(System.nanoTime() - t));
                cpu.add(millis(threads.getCurrentThreadCpuTime() - c));
            }
            System.out.printf(java.util.Locale.ROOT, "RESULT %s cold=%.0f afterWarmUp=%.0f warm=%.1f warmCpu=%.1f size=%d%n",
                    format, coldMs, afterWarmUp, median(times), median(cpu), first.size());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
