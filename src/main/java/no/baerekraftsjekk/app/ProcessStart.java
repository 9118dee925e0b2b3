package no.baerekraftsjekk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * When this process started, for the start-up probe. Java's own answer on Linux is built on the
 * boot time in whole seconds, so it can be up to a second off; /proc gives the process's start
 * and the time since boot on the same clock, in hundredths of a second.
 */
final class ProcessStart {
    /** Linux's USER_HZ, fixed at 100 on every architecture the program is built for. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStart() {
    }

    static Instant estimate() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name, which may itself hold spaces and parentheses.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startedAfterBoot = Long.parseLong(fields[19]) / TICKS_PER_SECOND;
            double sinceBoot = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Instant.now().minus(Duration.ofMillis(Math.round((sinceBoot - startedAfterBoot) * 1000)));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().orElse(Instant.now());
        }
    }
}
