import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the installer on the machine it runs on: a trimmed runtime (jlink), the app-image
 * (jpackage), an AOT cache trained by starting the window once, and the native package of this
 * operating system (.deb, .msi or .dmg).
 *
 * <p>Run by {@code mvn -Pinstaller package} with the JDK 25 toolchain's {@code java}, as a single
 * source file, so jlink and jpackage are found beside it whatever JDK runs Maven, and the same
 * steps work on Linux, Windows and macOS without a shell. Options are {@code key=value}:
 * project, version, mainClass, types (comma separated: app-image, native, deb, msi, dmg), aot
 * (true or false); and for the start-up benchmark's bare window: name, jar, libs, out.
 * See installer/README.md.
 */
public final class BuildInstaller {
    private static final String AOT_FILE = "app.aot";
    private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(120);

    private final Path project;
    private final Path jar;
    private final Path libs;
    private final Path out;
    private final String name;
    private final Map<String, String> options;
    private final Os os = Os.current();
    private final Path jdkBin = Path.of(System.getProperty("java.home"), "bin");

    private BuildInstaller(Map<String, String> options) {
        this.options = options;
        this.project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
        this.jar = project.resolve(options.getOrDefault("jar", "target/baerekraftsjekk.jar"));
        this.libs = project.resolve(options.getOrDefault("libs", "target/lib"));
        this.out = project.resolve(options.getOrDefault("out", "target/installer"));
        this.name = options.getOrDefault("name", "Baerekraftsjekk");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("Expected key=value, got: " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        new BuildInstaller(options).build();
    }

    private void build() throws IOException, InterruptedException {
        List<String> types = Stream.of(options.getOrDefault("types", "app-image,native").split(","))
                .map(String::trim)
                .map(type -> type.equals("native") ? os.nativeType : type)
                .toList();
        deleteRecursively(out);
        Files.createDirectories(out);
        Path input = copyInput();
        Path runtime = linkRuntime();
        Path appImage = createAppImage(input, runtime);
        if (Boolean.parseBoolean(options.getOrDefault("aot", "true"))) {
            trainAotCache(appImage);
        }
        for (String type : types) {
            if (!type.isBlank() && !type.equals("app-image")) {
                createPackage(type, appImage);
            }
        }
        report(appImage);
    }

    /**
     * The program jar and its libraries, as Maven left them (the jar's manifest names lib/*.jar),
     * with the native libraries of JavaFX and SQLite taken out of their jars: JavaFX looks for them
     * beside its jar first, and SQLite where a system property says, so neither unpacks them into
     * the caseworker's home or temp folder on every start.
     */
    private Path copyInput() throws IOException {
        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        try (Stream<Path> jars = Files.list(libs)) {
            for (Path lib : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Path copy = input.resolve("lib").resolve(lib.getFileName());
                Files.copy(lib, copy, StandardCopyOption.COPY_ATTRIBUTES);
                String file = lib.getFileName().toString();
                if (file.startsWith("javafx-")) {
                    extract(copy, entry -> !entry.contains("/") && os.isNativeLibrary(entry), input.resolve("lib"));
                } else if (file.startsWith("sqlite-jdbc-")) {
                    extract(copy, entry -> entry.equals(os.sqliteLibrary()), input.resolve("native"));
                }
            }
        }
        return input;
    }

    private static void extract(Path zip, java.util.function.Predicate<String> wanted, Path dir) throws IOException {
        try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(archive.entries())) {
                if (!entry.isDirectory() && wanted.test(entry.getName())) {
                    Path target = dir.resolve(Path.of(entry.getName()).getFileName().toString());
                    Files.createDirectories(dir);
                    try (var in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Only the JDK modules the program needs; the list and the reason for each is in jlink-modules.txt. */
    private Path linkRuntime() throws IOException, InterruptedException {
        Path runtime = out.resolve("runtime");
        List<String> modules = Files.readAllLines(project.resolve("installer/jlink-modules.txt")).stream()
                .map(line -> line.replaceAll("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .toList();
        run(List.of(tool("jlink"), "--add-modules", String.join(",", modules),
                "--include-locales=en,nb,nn,no",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--strip-native-commands",
                "--compress", "zip-6", "--output", runtime.toString()), Map.of());
        return runtime;
    }

    private Path createAppImage(Path input, Path runtime) throws IOException, InterruptedException {
        String sqlite = Path.of(os.sqliteLibrary()).getFileName().toString();
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "--name", name, "--main-jar", jar.getFileName().toString(),
                "@installer/app-image.args", "@installer/" + os.folder + "/app-image.args",
                "--java-options", "-Dorg.sqlite.lib.path=$APPDIR/native",
                "--java-options", "-Dorg.sqlite.lib.name=" + sqlite,
                "--input", input.toString(), "--runtime-image", runtime.toString(),
                "--dest", out.toString(), "--app-version", appVersion(),
                "--main-class", options.getOrDefault("mainClass", "no.baerekraftsjekk.app.Launcher")));
        run(command, Map.of());
        return out.resolve(os.appImageName(name));
    }

    /**
     * Starts the window once in the JVM's AOT training mode, so it records the classes loaded and
     * linked on the way to the first frame and the shown library; then makes the cache from that
     * record and tells the launcher to use it. Both steps run the app-image's own launcher, so the
     * class path recorded is the one the installed program has (relative to the app folder, which
     * may move). The one-step -XX:AOTCacheOutput needs bin/java, which the trimmed runtime lacks.
     */
    private void trainAotCache(Path appImage) throws IOException, InterruptedException {
        Path appDir = appImage.resolve(os.appDir);
        Path cache = appDir.resolve(AOT_FILE);
        Path config = out.resolve("app.aotconf");
        Path data = Files.createTempDirectory("baerekraftsjekk-training");
        List<String> launcher = new ArrayList<>();
        if (os == Os.LINUX && isBlank(System.getenv("DISPLAY"))) {
            if (onPath("xvfb-run") == null) {
                System.out.println("[installer] No display and no xvfb-run: building without an AOT cache.");
                return;
            }
            launcher.addAll(List.of("xvfb-run", "-a"));
        }
        launcher.add(appImage.resolve(os.launcher(name)).toString());
        String record = "-XX:AOTMode=record -XX:AOTConfiguration=" + config
                + " -Dbaerekraftsjekk.data=" + data
                + " -Dbaerekraftsjekk.startupProbe=true -Dbaerekraftsjekk.exitAfterLibrary=true";
        String create = "-XX:AOTMode=create -XX:AOTConfiguration=" + config + " -XX:AOTCache=" + cache;
        try {
            run(launcher, Map.of("JAVA_TOOL_OPTIONS", record), TRAINING_TIMEOUT);
            run(List.of(appImage.resolve(os.launcher(name)).toString()), Map.of("JAVA_TOOL_OPTIONS", create), TRAINING_TIMEOUT);
        } finally {
            deleteRecursively(data);
            Files.deleteIfExists(config);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run made no AOT cache at " + cache);
        }
        Path cfg = appDir.resolve(name + ".cfg");
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        // Windows writes the file with CRLF; keep whatever line ending the section header has.
        String updated = text.replaceFirst("\\[JavaOptions\\](\\R)",
                "[JavaOptions]$1java-options=-XX:AOTCache=\\$APPDIR/" + AOT_FILE + "$1");
        Files.writeString(cfg, updated, StandardCharsets.UTF_8);
        System.out.printf("[installer] AOT cache: %s (%.1f MB)%n", cache, Files.size(cache) / 1e6);
    }

    private void createPackage(String type, Path appImage) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", type,
                "--app-image", appImage.toString(), "--dest", out.toString(), "--app-version", appVersion(),
                "@installer/package.args", "@installer/" + os.folder + "/package.args"));
        run(command, Map.of());
    }

    private void report(Path appImage) throws IOException {
        System.out.printf("[installer] app-image %s: %.1f MB%n", appImage, sizeOf(appImage) / 1e6);
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                System.out.printf("[installer] %s: %.1f MB%n", file.getFileName(), Files.size(file) / 1e6);
            }
        }
    }

    /** macOS needs a first version component above zero; 0.x versions are built there as 1.x. */
    private String appVersion() {
        String version = options.getOrDefault("version", "0.1.0").replace("-SNAPSHOT", "");
        return os == Os.MAC && version.startsWith("0.") ? "1." + version.substring(2) : version;
    }

    private String tool(String name) {
        return jdkBin.resolve(os == Os.WINDOWS ? name + ".exe" : name).toString();
    }

    private void run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        run(command, env, Duration.ofMinutes(15));
    }

    private void run(List<String> command, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        System.out.println("[installer] " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s: " + command.get(0));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Failed with exit code " + process.exitValue() + ": " + String.join(" ", command));
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.readAttributes(p, BasicFileAttributes.class).size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Where jpackage puts things on each operating system. */
    private enum Os {
        LINUX("linux", "deb", "lib/app"),
        WINDOWS("windows", "msi", "app"),
        MAC("macos", "dmg", "Contents/app");

        final String folder;
        final String nativeType;
        final String appDir;

        Os(String folder, String nativeType, String appDir) {
            this.folder = folder;
            this.nativeType = nativeType;
            this.appDir = appDir;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        String appImageName(String app) {
            return this == MAC ? app + ".app" : app;
        }

        boolean isNativeLibrary(String file) {
            return file.endsWith(switch (this) {
                case LINUX -> ".so";
                case WINDOWS -> ".dll";
                case MAC -> ".dylib";
            });
        }

        /** The entry of sqlite-jdbc's native library for this system inside its jar. */
        String sqliteLibrary() {
            String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch64" : "x86_64";
            return switch (this) {
                case LINUX -> "org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so";
                case WINDOWS -> "org/sqlite/native/Windows/" + arch + "/sqlitejdbc.dll";
                case MAC -> "org/sqlite/native/Mac/" + arch + "/libsqlitejdbc.dylib";
            };
        }

        String launcher(String app) {
            return switch (this) {
                case LINUX -> "bin/" + app;
                case WINDOWS -> app + ".exe";
                case MAC -> "Contents/MacOS/" + app;
            };
        }
    }
}
