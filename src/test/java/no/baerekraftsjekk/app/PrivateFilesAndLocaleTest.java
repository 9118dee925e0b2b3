package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.format.BkjWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as a user starts it (a child JVM through the launcher): nothing it keeps in the data
 * folder, and no export of an exempt case, can be read by another user; and a folder named with æøå
 * works without a UTF-8 locale. The tests may run as root, where reading another user's file cannot
 * be refused, so they assert on the mode bits that refuse it to everyone else.
 */
@Tag("slow")
class PrivateFilesAndLocaleTest {
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    @Test
    void nothingInTheDataFolderNorAnExportOfAnExemptCaseIsReadableByOthers() throws Exception {
        Path data = folder.resolve("data");
        // What an older version left: a folder for everyone, files for everyone.
        Files.createDirectories(data.resolve("sikkerhetskopier"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(data.resolve("notat.txt"), "gammel fil");
        Files.setPosixFilePermissions(data.resolve("notat.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        Path exempt = folder.resolve("unntatt.bkj");
        Files.write(exempt, new BkjWriter().write(Fixtures.fullAssessment().withCaseInfo(
                Fixtures.fullAssessment().caseInfo().withExemptionBasis("Offl. § 13"))));
        Path reports = Files.createDirectories(folder.resolve("rapporter"));

        Run imported = launch(data, Map.of(), "import", exempt.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.out().strip();
        assertThat(launch(data, Map.of(), "list").code()).isZero(); // also the day's backup
        assertThat(launch(data, Map.of(), "export", id, "--format", "pdf", "--out", reports.resolve("rapport.pdf").toString()).code()).isZero();
        assertThat(launch(data, Map.of(), "export-bkj", id, "--out", reports.resolve("kopi.bkj").toString()).code()).isZero();

        List<Path> everything;
        try (Stream<Path> files = Files.walk(data)) {
            everything = files.toList();
        }
        assertThat(everything).anyMatch(p -> p.getFileName().toString().equals("bibliotek.sqlite"))
                .anyMatch(p -> p.getParent().getFileName().toString().equals("sikkerhetskopier"))
                .anyMatch(p -> p.getFileName().toString().equals("baerekraftsjekk.log"));
        for (Path path : everything) {
            assertThat(Files.getPosixFilePermissions(path)).as(path.toString()).doesNotContainAnyElementsOf(OTHERS);
        }
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(data.resolve("bibliotek.sqlite"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(reports.resolve("rapport.pdf"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(reports.resolve("kopi.bkj"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aDataFolderAndFilesWithNorwegianLettersWorkWithoutAUtf8Locale() throws Exception {
        Path data = folder.resolve("Bærekraft på Ørland");
        Path source = Files.createDirectories(folder.resolve("Vurderinger å importere")).resolve("skole æøå.bkj");
        Files.write(source, new BkjWriter().write(Fixtures.fullAssessment()));
        Map<String, String> noUtf8 = Map.of("LANG", "C", "LC_ALL", "C");

        Run help = launch(data, noUtf8, "--help");
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.err()).doesNotContain("Exception").doesNotContain("\tat ");

        Run imported = launch(data, noUtf8, "import", source.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.err()).doesNotContain("Exception");
        Run listed = launch(data, noUtf8, "list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(Fixtures.fullAssessment().caseInfo().title());
        assertThat(data.resolve("bibliotek.sqlite")).exists();
    }

    @Test
    void aFailedDailyBackupAndAnUnwritableLogFolderAreMessagesWithoutStackTraces() throws Exception {
        Path data = folder.resolve("data");
        Path source = folder.resolve("skole.bkj");
        Files.write(source, new BkjWriter().write(Fixtures.fullAssessment()));
        assertThat(launch(data, Map.of(), "import", source.toString()).code()).isZero();
        Files.walk(data.resolve("logs")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.writeString(data.resolve("logs"), "en fil der loggmappen skulle vært");
        Files.writeString(data.resolve("sikkerhetskopier"), "en fil der sikkerhetskopiene skulle vært");

        Run listed = launch(data, Map.of(), "list");

        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(Fixtures.fullAssessment().caseInfo().title());
        assertThat(listed.err()).contains("Loggen kan ikke skrives").contains("sikkerhetskopi")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    private Run launch(Path data, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dbaerekraftsjekk.data=" + data,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(Utf8Relaunch.GUARD);
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
