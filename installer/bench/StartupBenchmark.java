import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the packaged program and the packaged bare window alternately, with and without their
 * AOT caches, and prints the median time from launch to the first drawn frame and the ratio; then
 * the time to a usable library (list drawn with rows, search field ready, first row selectable),
 * measured in the same alternation, and its ratio to the bare window's first frame, with the
 * median time of each step on the way; then the resident memory of the idle window 2 s and 15 s
 * after the library is shown; and the processor time the program used to a usable library beside
 * the bare window's to its first frame, which a shared machine disturbs less. Run by benchmark-startup.sh,
 * which builds both app-images and the library of assessments.
 *
 * <p>Arguments: program launcher, bare launcher, data folder, runs per series.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_MS = 60_000;

    public static void main(String[] args) throws Exception {
        Path program = Path.of(args[0]);
        Path bare = Path.of(args[1]);
        Path data = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);

        Map<String, List<Long>> series = new LinkedHashMap<>();
        List<Long> usable = new ArrayList<>();
        List<Long> usableCpu = new ArrayList<>();
        List<Long> bareCpu = new ArrayList<>();
        Map<String, List<Long>> steps = new LinkedHashMap<>();
        for (String mode : List.of("with AOT cache", "without AOT cache")) {
            String jvm = mode.startsWith("without") ? "-XX:AOTMode=off" : "";
            for (int i = 0; i < runs; i++) {
                series.computeIfAbsent("program " + mode, k -> new ArrayList<>()).add(firstFrame(program, data, jvm).millis);
                Started bareStart = firstFrame(bare, data, jvm);
                series.computeIfAbsent("bare    " + mode, k -> new ArrayList<>()).add(bareStart.millis);
                if (jvm.isEmpty()) {
                    bareCpu.add(bareStart.cpuMillis);
                }
                if (jvm.isEmpty()) {
                    Started started = start(program, data, "-Dbaerekraftsjekk.exitWhenUsable=true", "LIBRARY_USABLE");
                    started.process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    usable.add(started.millis);
                    usableCpu.add(started.cpuMillis);
                    started.steps.forEach((step, ms) -> steps.computeIfAbsent(step, k -> new ArrayList<>()).add(ms));
                }
            }
        }
        System.out.println();
        System.out.println("Start to first frame (ms), " + runs + " runs each, alternating:");
        series.forEach((name, times) -> System.out.printf("  %-26s median %5d   runs %s%n", name, median(times), times));
        for (String mode : List.of("with AOT cache", "without AOT cache")) {
            double ratio = (double) median(series.get("program " + mode)) / median(series.get("bare    " + mode));
            System.out.printf("  ratio program/bare %-17s %.2f  (target at most 1.15)%n", mode, ratio);
        }
        double gain = (double) median(series.get("program with AOT cache")) / median(series.get("program without AOT cache"));
        System.out.printf("  program with cache / without      %.2f%n", gain);

        // What the caseworker waits for in the end: the library of assessments, usable.
        String count = Files.readString(data.resolve("count.txt")).trim();
        System.out.println();
        System.out.println("Start to a usable library of " + count + " assessments (ms; list drawn, search field ready, first row selectable):");
        System.out.printf("  program, with AOT cache           median %5d   runs %s%n", median(usable), usable);
        System.out.printf("  ratio to the bare window's first frame (with AOT cache)   %.2f  (target at most 1.5)%n",
                (double) median(usable) / median(series.get("bare    with AOT cache")));
        System.out.printf("  processor time (all threads; steadier on a shared machine): program to a usable library %d ms,"
                + " bare window to its first frame %d ms, ratio %.2f%n", median(usableCpu), median(bareCpu),
                (double) median(usableCpu) / median(bareCpu));
        System.out.println("  where the time goes (median ms since the process started, as the program saw it):");
        steps.forEach((step, times) -> System.out.printf("    %-14s %5d%n", step, median(times)));

        System.out.println();
        System.out.println("Resident memory 2 s after the library is shown (VmRSS):");
        System.out.printf("  program, library of %s, with cache     %5.0f MB (target under 250)%n",
                Files.readString(data.resolve("count.txt")).trim(), idleRss(program, data, "", 2) / 1024.0);
        System.out.printf("  the same, 15 s after (idle, trimmed)   %5.0f MB%n", idleRss(program, data, "", 15) / 1024.0);
        System.out.printf("  program, same library, without cache   %5.0f MB%n", idleRss(program, data, "-XX:AOTMode=off", 2) / 1024.0);
        System.out.printf("  bare window, with cache                %5.0f MB%n", idleRss(bare, data, "", 2) / 1024.0);
    }

    /** A launched program at the event waited for; steps: the program's PHASE lines before it, by name. */
    private record Started(Process process, long millis, Map<String, Long> steps, long cpuMillis) {
    }

    /** Launches and waits for FIRST_FRAME; the wall-clock time is measured here, from just before the launch. */
    private static Started firstFrame(Path launcher, Path data, String jvmOptions) throws Exception {
        Started started = start(launcher, data, jvmOptions + " -Dbaerekraftsjekk.exitAfterFirstFrame=true", "FIRST_FRAME");
        if (!started.process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            started.process.destroyForcibly();
        }
        return started;
    }

    private static Started start(Path launcher, Path data, String jvmOptions, String event) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_TOOL_OPTIONS",
                "-Dbaerekraftsjekk.startupProbe=true -Dbaerekraftsjekk.data=" + data + " " + jvmOptions);
        long begin = System.nanoTime();
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Map<String, Long> steps = new LinkedHashMap<>();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(event)) {
                long millis = (System.nanoTime() - begin) / 1_000_000;
                Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
                steps.put(event, Long.parseLong(line.substring(event.length()).trim()));
                return new Started(process, millis, steps, cpuMillis(process.pid()));
            }
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[1].matches("\\d+") && !parts[0].equals("LIBRARY_SHOWN")) {
                steps.put(parts[0], Long.parseLong(parts[1]));
            } else if (parts.length == 3 && parts[0].equals("PHASE") && parts[2].matches("\\d+")) {
                steps.put(parts[1], Long.parseLong(parts[2]));
            }
        }
        throw new IllegalStateException(launcher + " ended without " + event + " (exit " + process.waitFor() + ")");
    }

    /**
     * The processor time the process has used so far, all its threads together (user and system,
     * from /proc). On a shared machine it varies far less than the wall-clock time, which waits for
     * the other users' work; -1 when it cannot be read.
     */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (Exception e) {
            return -1;
        }
    }

    private static long idleRss(Path launcher, Path data, String jvmOptions, int idleSeconds) throws Exception {
        // The library (of the size asked for) is on screen; then the window idles.
        Started started = start(launcher, data, jvmOptions, "LIBRARY_SHOWN");
        try {
            Thread.sleep(idleSeconds * 1000L);
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(started.process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException("No VmRSS for " + started.process.pid());
        } finally {
            started.process.destroy();
            started.process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
