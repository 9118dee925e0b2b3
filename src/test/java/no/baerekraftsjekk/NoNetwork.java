package no.baerekraftsjekk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Proves that work used no network: no bytes read or written on a socket (JDK Flight Recorder's
 * jdk.SocketRead and jdk.SocketWrite events, threshold 0; JDK 25 has no connect event) and no host
 * name looked up (through {@link RecordingAddressResolver}). No SecurityManager is needed.
 * Reusable for every path of the program: {@code NoNetwork.assertNoConnections(() -> export(...))}.
 */
public final class NoNetwork {
    private static final List<String> EVENTS = List.of("jdk.SocketRead", "jdk.SocketWrite");

    /** Work that may throw anything. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private NoNetwork() {
    }

    public static void assertNoConnections(Work work) throws Exception {
        assertThat(record(work)).as("network use during work that must work offline").isEmpty();
    }

    /** Runs the work and returns what it did on the network, one line per socket event or lookup. */
    public static List<String> record(Work work) throws Exception {
        int lookupsBefore = RecordingAddressResolver.LOOKUPS.size();
        Path file = Files.createTempFile("nettverk", ".jfr");
        try {
            try (Recording recording = new Recording()) {
                for (String event : EVENTS) {
                    recording.enable(event).withThreshold(Duration.ZERO).withStackTrace();
                }
                recording.start();
                work.run();
                recording.stop();
                recording.dump(file);
            }
            List<String> uses = new ArrayList<>(RecordingAddressResolver.LOOKUPS.subList(lookupsBefore, RecordingAddressResolver.LOOKUPS.size()));
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                uses.add(describe(event));
            }
            return uses;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String describe(RecordedEvent event) {
        StringBuilder text = new StringBuilder(event.getEventType().getName());
        if (event.hasField("host")) {
            text.append(' ').append(event.getString("host")).append(':').append(event.getInt("port"));
        }
        if (event.getStackTrace() != null) {
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("no.baerekraftsjekk")) {
                    text.append(" from ").append(type).append('.').append(frame.getMethod().getName());
                    break;
                }
            }
        }
        return text.toString();
    }
}
