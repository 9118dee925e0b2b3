import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds the installer on the machine it runs on: a trimmed runtime (jlink), the app-image
 * (jpackage), an AOT cache trained by starting the window once, and the native package of this
 * operating system (.deb, .msi or .dmg).
 *
 * <p>Run by {@code mvn -Pinstaller package} with the JDK 25 toolchain's {@code java}, as a single
 * source file, so jlink and jpackage are found beside it whatever JDK runs Maven, and the same
 * steps work on Linux, Windows and macOS without a shell. Options are {@code key=value}:
 * project, version, mainClass, types (comma separated: app-image, native, deb, msi, dmg), aot
 * (true or false); and for the start-up benchmark's bare window: name, jar, libs, out, and
 * training=first-frame (its AOT cache is trained to the first frame; the program's to a usable library).
 * See installer/README.md.
 */
public final class BuildInstaller {
    private static final String AOT_FILE = "app.aot";
    /**
     * A window's cache holds the classes only, no training data (method profiles, compilations to
     * replay). The launchers stop at the first JIT tier, which uses no profiles, and replaying the
     * training's compilations at start took a core from the first frame on two cores: first frame
     * 972 -> 930 ms, usable library 1 267 -> 1 253 ms, side by side. The command line keeps its
     * training data. Diagnostic options, set only while the cache is made, on the runtime built here.
     */
    private static final String WINDOW_TRAINING = "-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining";
    /** The command-line launcher: commands only, with an AOT cache of its own (see CommandLauncher). */
    static final String COMMAND_LAUNCHER = "baerekraftsjekk-cli";
    private static final String COMMAND_AOT_FILE = "cli.aot";
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
     *
     * <p>Every jar is rewritten uncompressed: the installers compress the whole payload (xz in a
     * .deb, cabinets in an MSI) far better across uncompressed class files than deflated jars
     * allow (the .deb shrinks by about 30 MB), and classes read from them need no inflating.
     * SQLite's libraries for other systems are left out of its jar.
     *
     * <p>XMLBeans' compiled schemas (.xsb, 3 MB in POI's schema jar) stay deflated: XMLBeans reads
     * them two bytes at a time through an unbuffered stream, and from a stored entry every such read
     * is a seek and a read of the jar file (about 400 ms of system calls in each Word report of a
     * fresh process); an inflater reads the jar in blocks.
     */
    private Path copyInput() throws IOException {
        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        storeUncompressed(jar, input.resolve(jar.getFileName()), entry -> true);
        try (Stream<Path> jars = Files.list(libs)) {
            for (Path lib : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Path copy = input.resolve("lib").resolve(lib.getFileName());
                String file = lib.getFileName().toString();
                if (file.startsWith("javafx-")) {
                    extract(lib, entry -> !entry.contains("/") && os.isNativeLibrary(entry), input.resolve("lib"));
                    storeUncompressed(lib, copy, entry -> true);
                } else if (file.startsWith("sqlite-jdbc-")) {
                    extract(lib, entry -> entry.equals(os.sqliteLibrary()), input.resolve("native"));
                    storeUncompressed(lib, copy, entry -> !entry.startsWith("org/sqlite/native/"));
                } else {
                    storeUncompressed(lib, copy, entry -> true);
                }
            }
        }
        return input;
    }

    private static void storeUncompressed(Path source, Path target, Predicate<String> keep) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (!keep.test(entry.getName())) {
                    continue;
                }
                byte[] data;
                try (InputStream content = in.getInputStream(entry)) {
                    data = content.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (!entry.getName().endsWith(".xsb")) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
    }

    private static void extract(Path zip, Predicate<String> wanted, Path dir) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                if (!entry.isDirectory() && wanted.test(entry.getName())) {
                    Path target = dir.resolve(Path.of(entry.getName()).getFileName().toString());
                    Files.createDirectories(dir);
                    try (InputStream in = archive.getInputStream(entry)) {
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
                // Uncompressed: the installer's own compression does better on it (about 14 MB
                // less in the .deb than with zip-6), and classes load without inflating.
                "--compress", "zip-0", "--output", runtime.toString()), Map.of());
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
        if (isProgram()) {
            command.addAll(List.of("--add-launcher", COMMAND_LAUNCHER + "=" + commandLauncherProperties()));
        }
        run(command, Map.of());
        Path appImage = out.resolve(os.appImageName(name));
        if (isProgram()) {
            // No hsperfdata file in the temp folder for a command that lasts a second: 40 ms of CPU
            // less per command on the 2-core machine (measured side by side); jps and jstat do not
            // see the command line's processes, which nobody watches that way.
            addJavaOption(appImage, COMMAND_LAUNCHER, "-XX:-UsePerfData");
        }
        return appImage;
    }

    /** The program itself, not the start-up benchmark's bare window. */
    private boolean isProgram() {
        return !options.containsKey("jar");
    }

    /**
     * The command-line launcher's jpackage properties: the same jars and JVM options as the
     * window's launcher, another main class; a console program on Windows, no menu entry.
     */
    private Path commandLauncherProperties() throws IOException {
        List<String> lines = new ArrayList<>(List.of("main-class=no.baerekraftsjekk.app.CommandLauncher",
                "description=Bærekraftsjekk på kommandolinjen"));
        switch (os) {
            case WINDOWS -> lines.addAll(List.of("win-console=true", "win-shortcut=false", "win-menu=false"));
            case LINUX -> lines.add("linux-shortcut=false");
            case MAC -> { }
        }
        Path file = out.resolve(COMMAND_LAUNCHER + ".properties");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Starts the window once in the JVM's AOT training mode on a library of a few dozen
     * assessments, so it records the classes loaded and linked (and the methods' profiles) on the
     * way to a usable library: the list drawn and the search field ready. Then makes the cache from
     * that record and tells the launcher to use it. The library is made first, by the command line
     * and not recorded, so it is at the newest schema and the run records no migration: the JVM
     * loads every class in the cache before main, and Flyway's 700 classes would cost every start
     * and serve only the first after an update. The report writers are not trained here either:
     * training on to them made a 64 MB cache that cost 70–100 ms before the first frame (measured
     * on 2 cores). Both steps run the app-image's own launcher, so the class path recorded is the
     * one the installed program has (relative to the app folder, which may move). The one-step
     * -XX:AOTCacheOutput needs bin/java, which the trimmed runtime lacks.
     */
    private void trainAotCache(Path appImage) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("baerekraftsjekk-training");
        List<String> display = new ArrayList<>();
        if (os == Os.LINUX && isBlank(System.getenv("DISPLAY"))) {
            if (onPath("xvfb-run") == null) {
                System.out.println("[installer] No display and no xvfb-run: building without an AOT cache.");
                return;
            }
            display.addAll(List.of("xvfb-run", "-a"));
        }
        if (options.getOrDefault("training", "usable-library").equals("first-frame")) {
            // The start-up benchmark's bare window: it has no library, and shows its frame only.
            List<String> window = new ArrayList<>(display);
            window.add(launcher(appImage, name));
            train(appImage, name, AOT_FILE, window, WINDOW_TRAINING + " -Dbaerekraftsjekk.startupProbe=true -Dbaerekraftsjekk.exitAfterFirstFrame=true");
            return;
        }
        try {
            List<String> examples = examples();
            List<String> fill = new ArrayList<>(List.of(launcher(appImage, name), "import"));
            for (int i = 0; i < 8; i++) {
                fill.addAll(examples);
            }
            runQuietly(fill, Map.of("JAVA_TOOL_OPTIONS", "-Dbaerekraftsjekk.data=" + data));
            List<String> window = new ArrayList<>(display);
            window.add(launcher(appImage, name));
            train(appImage, name, AOT_FILE, window, WINDOW_TRAINING + " -Dbaerekraftsjekk.data=" + data
                    + " -Dbaerekraftsjekk.startupProbe=true -Dbaerekraftsjekk.exitWhenUsable=true");
            trainCommandLine(appImage, data, examples);
        } finally {
            deleteRecursively(data);
        }
    }

    /**
     * The command-line launcher's cache, trained in one process on what councils run: check,
     * import, and reports in both formats, one at a time and in a batch, from files and from the
     * library. Reports are made a few times over, so the cache's method profiles know what is hot.
     * The library is the window training's, already at the newest schema, so no migration is recorded.
     */
    private void trainCommandLine(Path appImage, Path data, List<String> examples) throws IOException, InterruptedException {
        Path reports = Files.createDirectories(data.resolve("reports"));
        String example = examples.stream().filter(e -> e.endsWith("vindkraft-omrade.bkj")).findFirst().orElse(examples.get(0));
        List<String> commands = new ArrayList<>(List.of("check\t" + example, "import\t" + example, "list"));
        for (int round = 0; round < 3; round++) {
            for (String format : List.of("pdf", "docx")) {
                commands.add(String.join("\t", "export", example, "--format", format, "--out", reports.resolve("one." + format).toString()));
                commands.add(String.join("\t", "export", "1", "--format", format, "--out", reports.toString()));
                List<String> batch = new ArrayList<>(List.of("export"));
                batch.addAll(examples);
                batch.addAll(List.of("2", "--format", format, "--out", reports.resolve("batch").toString()));
                commands.add(String.join("\t", batch));
            }
        }
        Path script = data.resolve("training.txt");
        Files.write(script, commands, StandardCharsets.UTF_8);
        train(appImage, COMMAND_LAUNCHER, COMMAND_AOT_FILE, List.of(launcher(appImage, COMMAND_LAUNCHER)),
                "-Dbaerekraftsjekk.data=" + data + " -Dbaerekraftsjekk.commandTraining=" + script);
    }

    /** Adds a JVM option to one launcher's .cfg file, first in its [JavaOptions]. */
    private void addJavaOption(Path appImage, String launcherName, String option) throws IOException {
        Path cfg = appImage.resolve(os.appDir).resolve(launcherName + ".cfg");
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        // Windows writes the file with CRLF; keep whatever line ending the section header has.
        String updated = text.replaceFirst("\\[JavaOptions\\](\\R)",
                "[JavaOptions]$1java-options=" + java.util.regex.Matcher.quoteReplacement(option) + "$1");
        Files.writeString(cfg, updated, StandardCharsets.UTF_8);
    }

    private List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/resources/examples"))) {
            return files.filter(p -> p.toString().endsWith(".bkj")).sorted().map(Path::toString).toList();
        }
    }

    private String launcher(Path appImage, String launcherName) {
        return appImage.resolve(os.launcher(launcherName)).toString();
    }

    /**
     * One AOT training: runs {@code command} in record mode with {@code options}, makes the cache
     * {@code cacheFile} beside the app's jars, and names it in the launcher's .cfg file.
     */
    private void train(Path appImage, String launcherName, String cacheFile, List<String> command, String options)
            throws IOException, InterruptedException {
        Path appDir = appImage.resolve(os.appDir);
        Path cache = appDir.resolve(cacheFile);
        Path config = out.resolve(cacheFile + "conf");
        String record = "-XX:AOTMode=record -XX:AOTConfiguration=" + config + " " + options;
        String create = "-XX:AOTMode=create -XX:AOTConfiguration=" + config + " -XX:AOTCache=" + cache;
        try {
            runQuietly(command, Map.of("JAVA_TOOL_OPTIONS", record));
            runQuietly(List.of(launcher(appImage, launcherName), "--version"), Map.of("JAVA_TOOL_OPTIONS", create));
        } finally {
            Files.deleteIfExists(config);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run made no AOT cache at " + cache);
        }
        addJavaOption(appImage, launcherName, "-XX:AOTCache=$APPDIR/" + cacheFile);
        System.out.printf("[installer] AOT cache of %s: %s (%.1f MB)%n", launcherName, cache, Files.size(cache) / 1e6);
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

    /**
     * A training step: what the program prints there (reports made, JSON, the JVM's notes on
     * classes it leaves out of the cache) goes to target/installer/training.log, and is shown
     * only when the step fails.
     */
    private void runQuietly(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path log = out.resolve("training.log");
        Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        try {
            run(command, env, TRAINING_TIMEOUT, log);
        } catch (IllegalStateException e) {
            System.out.println(Files.readString(log, StandardCharsets.UTF_8));
            throw e;
        }
    }

    private void run(List<String> command, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        run(command, env, timeout, null);
    }

    private void run(List<String> command, Map<String, String> env, Duration timeout, Path log) throws IOException, InterruptedException {
        System.out.println("[installer] " + (command.size() > 8
                ? String.join(" ", command.subList(0, 8)) + " … (" + command.size() + " arguments)"
                : String.join(" ", command)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
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
