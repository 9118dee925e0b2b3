package no.baerekraftsjekk.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that cannot be written says so in Norwegian, leaves the old file byte for byte and no temporary file. */
class SafeFileWriterTest {
    private static final byte[] OLD = "den gamle filen\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void aDiskThatFillsUpAtAnyPointLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("vurdering.bkj");
        Files.write(target, OLD);
        byte[] content = new BkjWriter().write(Fixtures.fullAssessment());
        int faults = 0;
        for (long capacity = 0; capacity <= content.length + 10; capacity += capacity < 64 ? 1 : 97) {
            long room = capacity;
            FileWriteException refused = catchThrowableOfType(FileWriteException.class, () -> SafeFileWriter.write(target,
                    out -> new FaultInjectingOutputStream(out, room).write(content)));
            if (capacity >= content.length) {
                assertThat(refused).isNull();
                assertThat(Files.readAllBytes(target)).isEqualTo(content);
                Files.write(target, OLD);
                continue;
            }
            faults++;
            assertThat(refused).as("after %d bytes", capacity).isNotNull();
            assertThat(Texts.of(Language.NB).explain(refused)).contains("ikke plass på disken").contains(target.toString()).contains("uendret");
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            assertThat(listing()).containsExactly(target);
        }
        System.out.println("SafeFileWriterTest: " + faults + " disk-full faults injected, old file intact each time");
        assertThat(faults).isGreaterThan(100);
    }

    @Test
    @Tag("slow")
    void aRealFullDiskLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path mount = Files.createDirectory(folder.resolve("liten-disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()),
                "a tiny tmpfs can be mounted only as root with mount rights");
        try {
            Path target = mount.resolve("vurdering.bkj");
            Files.write(target, OLD);
            byte[] big = new byte[200_000];

            FileWriteException refused = catchThrowableOfType(FileWriteException.class, () -> SafeFileWriter.write(target, out -> out.write(big)));

            assertThat(refused).isNotNull();
            assertThat(Texts.of(Language.NB).explain(refused)).contains("ikke plass på disken").contains(target.toString());
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            try (Stream<Path> files = Files.list(mount)) {
                assertThat(files.toList()).containsExactly(target);
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedWithANorwegianMessage() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("låst"));
        Path target = locked.resolve("vurdering.bkj");
        Files.write(target, OLD);
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(locked)) {
            FileWriteException refused = catchThrowableOfType(FileWriteException.class,
                    () -> new BkjWriter().write(Fixtures.fullAssessment(), target));

            assertThat(refused).isNotNull();
            assertThat(Texts.of(Language.NB).explain(refused)).contains("tilgang til å skrive").contains(target.toString());
            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            try (Stream<Path> files = Files.list(locked)) {
                assertThat(files.toList()).containsExactly(target);
            }
        }
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItWas() throws Exception {
        Path target = folder.resolve("vurdering.bkj");
        Files.write(target, OLD);
        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(target)) {
            FileWriteException refused = catchThrowableOfType(FileWriteException.class,
                    () -> new BkjWriter().write(Fixtures.fullAssessment(), target));

            assertThat(refused).isNotNull();
            assertThat(Texts.of(Language.NB).explain(refused)).contains("skrivebeskyttet").contains(target.toString());
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(listing()).containsExactly(target);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = folder.resolve("finnes-ikke").resolve("vurdering.bkj");
        FileWriteException refused = catchThrowableOfType(FileWriteException.class,
                () -> new BkjWriter().write(Fixtures.fullAssessment(), target));
        assertThat(Texts.of(Language.NB).explain(refused)).contains("finnes ikke").contains("finnes-ikke");
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
