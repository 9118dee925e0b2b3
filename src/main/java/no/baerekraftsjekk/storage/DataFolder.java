package no.baerekraftsjekk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.format.PrivateFiles;
import java.util.Locale;
import java.util.Map;

/**
 * Where the program keeps the caseworker's library, settings, logs and backups: the per-user data
 * folder of the operating system, so no admin rights are needed. The system property
 * {@code baerekraftsjekk.data} overrides it (tests, portable use).
 */
public final class DataFolder {
    public static final String PROPERTY = "baerekraftsjekk.data";
    public static final String DATABASE_FILE = "bibliotek.sqlite";

    private DataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }

    static Path resolve(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Baerekraftsjekk") : Path.of(home, "AppData", "Roaming", "Baerekraftsjekk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Baerekraftsjekk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "baerekraftsjekk") : Path.of(home, ".local", "share", "baerekraftsjekk");
    }

    /**
     * Creates the data folder private to the user (0700 on Linux and macOS), and makes what an older
     * version left in it readable by the user alone: the library, its backups, the log. Cases exempt
     * from public access are in there. A folder that cannot be made is left to the first write to say so.
     */
    public static void makePrivate(Path folder) {
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            return;
        }
        try (Stream<Path> inside = Files.walk(folder, 2)) {
            inside.filter(p -> !p.equals(folder)).filter(p -> !Files.isSymbolicLink(p)).forEach(PrivateFiles::restrict);
        } catch (IOException | java.io.UncheckedIOException e) {
            // A file we may not touch keeps its mode; the folder around it keeps others out.
        }
    }

    public static Path database() {
        return resolve().resolve(DATABASE_FILE);
    }
}
