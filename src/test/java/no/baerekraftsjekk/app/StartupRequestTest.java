package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupRequestTest {
    @TempDir
    Path folder;

    @Test
    void noArgumentsOpenTheWindowWithNothingToImport() {
        assertThat(StartupRequest.wantsWindow(List.of())).isTrue();
        assertThat(StartupRequest.from(List.of()).fileToOpen()).isEmpty();
    }

    @Test
    void aSingleExistingBkjFileOpensTheWindowWithThatFile() throws IOException {
        Path file = Files.writeString(folder.resolve("Skolesak.BKJ"), "{}");

        assertThat(StartupRequest.wantsWindow(List.of(file.toString()))).isTrue();
        assertThat(StartupRequest.from(List.of(file.toString())).fileToOpen()).contains(file.toAbsolutePath());
    }

    @Test
    void commandsStayOnTheCommandLine() throws IOException {
        Path file = Files.writeString(folder.resolve("sak.bkj"), "{}");

        assertThat(StartupRequest.wantsWindow(List.of("check", file.toString()))).isFalse();
        assertThat(StartupRequest.wantsWindow(List.of("--version"))).isFalse();
    }

    @Test
    void aMissingFileOrAnotherTypeIsLeftToTheCommandLineToExplain() throws IOException {
        Path other = Files.writeString(folder.resolve("sak.txt"), "{}");

        assertThat(StartupRequest.wantsWindow(List.of(folder.resolve("borte.bkj").toString()))).isFalse();
        assertThat(StartupRequest.wantsWindow(List.of(other.toString()))).isFalse();
        assertThat(StartupRequest.wantsWindow(List.of(folder.toString() + "/mappe.bkj"))).isFalse();
    }
}
