package no.baerekraftsjekk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.analysis.MappingSource;
import no.baerekraftsjekk.storage.DataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken dimension-mapping.tsv stops only the commands that group goals, and says so briefly (issue 23). */
class BrokenMappingCliTest {
    @TempDir
    Path folder;

    private PrintStream systemOut;
    private PrintStream systemErr;
    private String out;
    private String err;

    @BeforeEach
    void dataFolder() {
        System.setProperty(DataFolder.PROPERTY, folder.toString());
        systemOut = System.out;
        systemErr = System.err;
    }

    @AfterEach
    void restore() {
        System.clearProperty(DataFolder.PROPERTY);
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            return Cli.run(args);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
            out = outBytes.toString(StandardCharsets.UTF_8);
            err = errBytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void helpVersionListAndRestoreStillWork() throws Exception {
        Files.writeString(folder.resolve(MappingSource.FILE_NAME), "goal\tdimension\n99\tSOCIAL\n");

        assertThat(run("--help")).isZero();
        assertThat(run("--version")).isZero();
        assertThat(run("list")).as(err).isZero();
        assertThat(run("restore", "--list")).as(err).isZero();
        assertThat(run("check", "--help")).isZero();

        assertThat(run("check", folder.resolve("x.bkj").toString())).isEqualTo(1);
        assertThat(err).contains("linje 2");
    }

    @Test
    void aFolderOrPipeByThatNameIsNotSilentlyIgnored() throws Exception {
        Files.createDirectory(folder.resolve(MappingSource.FILE_NAME));
        assertThat(run("check", folder.resolve("x.bkj").toString())).isEqualTo(1);
        assertThat(err).contains(MappingSource.FILE_NAME).contains("ikke en vanlig fil");
    }

    @Test
    void aHugeBadLineIsNotEchoedWhole() throws Exception {
        Files.writeString(folder.resolve(MappingSource.FILE_NAME), "goal\tdimension\n1\t" + "X".repeat(40_000) + "\n");
        assertThat(run("check", folder.resolve("x.bkj").toString())).isEqualTo(1);
        assertThat(err.length()).isLessThan(1_000);
    }
}
