package no.baerekraftsjekk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Java turns file names into bytes with the encoding of the locale it was started in, and that cannot
 * be changed once it runs. Started without a UTF-8 locale (cron, systemd, ssh with LANG=C), a home or
 * data folder with æ, ø or å cannot even be named, and every command failed. On Linux the program then
 * starts itself once more under the C.UTF-8 locale, with its command line byte for byte as it was
 * given (read from /proc, as the garbled {@code args} no longer hold it), and hands on the exit code.
 * macOS always names files in UTF-8, and Windows names them in UTF-16: neither needs this.
 */
final class Utf8Relaunch {
    /** Set in the second start, so that a machine without a C.UTF-8 locale does not start itself forever. */
    static final String GUARD = "BAEREKRAFTSJEKK_UTF8";

    private Utf8Relaunch() {
    }

    static boolean needed() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                && !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))
                && System.getenv(GUARD) == null
                && Files.isReadable(Path.of("/proc/self/cmdline"));
    }

    /** Runs the program again under UTF-8; empty when that could not be done (then this start goes on as it is). */
    static OptionalInt run() {
        try {
            byte[] commandLine = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            ProcessBuilder again = new ProcessBuilder("/bin/sh", "-c", script(commandLine)).inheritIO();
            // Other variables keep their bytes: Java passes on the environment it was given untouched.
            again.environment().put("LC_ALL", "C.UTF-8");
            again.environment().put(GUARD, "1");
            return OptionalInt.of(again.start().waitFor());
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /**
     * {@code exec} with every argument of the NUL-separated command line as one word. Java can pass
     * only what its locale can encode, so each argument is written in ASCII, as octal escapes that the
     * shell's printf turns back into the very bytes.
     */
    static String script(byte[] commandLine) {
        List<byte[]> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < commandLine.length; i++) {
            if (commandLine[i] == 0) {
                arguments.add(java.util.Arrays.copyOfRange(commandLine, start, i));
                start = i + 1;
            }
        }
        if (start < commandLine.length) {
            arguments.add(java.util.Arrays.copyOfRange(commandLine, start, commandLine.length));
        }
        StringBuilder script = new StringBuilder();
        StringBuilder exec = new StringBuilder("exec");
        for (int n = 0; n < arguments.size(); n++) {
            StringBuilder octal = new StringBuilder();
            for (byte b : arguments.get(n)) {
                octal.append('\\').append(String.format("%03o", b & 0xFF));
            }
            // The x keeps a trailing newline of the argument from being eaten by $( ); it is cut off again.
            script.append("a").append(n).append("=$(printf '").append(octal).append("x'); a").append(n)
                    .append("=${a").append(n).append("%x}\n");
            exec.append(" \"$a").append(n).append('"');
        }
        return script.append(exec).toString();
    }
}
