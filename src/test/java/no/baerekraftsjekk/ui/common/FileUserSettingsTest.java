package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUserSettingsTest {
    @TempDir
    Path folder;

    /** Holds the delayed saves so the test decides when "later" is. */
    private final List<Runnable> pendingSaves = new ArrayList<>();
    private final Executor later = pendingSaves::add;

    @Test
    void aValueSurvivesARestart() {
        FileUserSettings settings = new FileUserSettings(folder.resolve("settings.properties"), later);
        settings.put("window.width", "1200");
        pendingSaves.forEach(Runnable::run);

        FileUserSettings reopened = new FileUserSettings(folder.resolve("settings.properties"), later);
        assertThat(reopened.get("window.width", "0")).isEqualTo("1200");
        assertThat(reopened.getDouble("window.width", 0)).isEqualTo(1200.0);
    }

    @Test
    void manyChangesInQuickSuccessionShareOneSaveThatWritesTheLatest() {
        FileUserSettings settings = new FileUserSettings(folder.resolve("settings.properties"), later);
        for (int x = 0; x < 50; x++) {
            settings.put("window.x", Integer.toString(x));
        }
        assertThat(pendingSaves).hasSize(1);
        assertThat(folder.resolve("settings.properties")).doesNotExist();

        pendingSaves.get(0).run();

        assertThat(new FileUserSettings(folder.resolve("settings.properties"), later).get("window.x", "")).isEqualTo("49");
    }

    @Test
    void aBrokenFileMeansDefaultsAndIsReplacedOnTheNextSave() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "window.x=10\nwindow.title=\\u12", StandardCharsets.UTF_8);

        FileUserSettings settings = new FileUserSettings(file, later);

        assertThat(settings.get("window.x", "standard")).isEqualTo("standard");
        settings.put("window.y", "20");
        pendingSaves.forEach(Runnable::run);
        assertThat(new FileUserSettings(file, later).get("window.y", "")).isEqualTo("20");
    }

    @Test
    void aFileThatIsNotUtf8AlsoMeansDefaults() throws Exception {
        Path file = folder.resolve("settings.properties");
        Files.write(file, new byte[] {'w', '=', (byte) 0xC3, (byte) 0x28});

        assertThat(new FileUserSettings(file, later).get("window.x", "standard")).isEqualTo("standard");
    }

    @Test
    void norwegianLettersAndWindowsPathsSurviveARestart() {
        FileUserSettings settings = new FileUserSettings(folder.resolve("settings.properties"), later);
        settings.put("files.lastFolder", "C:\\Users\\kåre\\Vurderinger for økonomi");
        settings.saveNow();

        assertThat(new FileUserSettings(folder.resolve("settings.properties"), later).get("files.lastFolder", ""))
                .isEqualTo("C:\\Users\\kåre\\Vurderinger for økonomi");
    }

    @Test
    void aMissingFolderIsCreatedOnSave() {
        Path file = folder.resolve("ny").resolve("settings.properties");
        FileUserSettings settings = new FileUserSettings(file, later);

        settings.put("files.lastFolder", "C:\\Users\\kari\\Dokumenter");
        settings.saveNow();

        assertThat(new FileUserSettings(file, later).get("files.lastFolder", "")).isEqualTo("C:\\Users\\kari\\Dokumenter");
    }

    @Test
    void aSettingThatCannotBeSavedIsKeptForTheRestOfTheSessionWithoutFailing() throws Exception {
        Path blocker = Files.writeString(folder.resolve("fil"), "ikke en mappe");
        FileUserSettings settings = new FileUserSettings(blocker.resolve("settings.properties"), later);

        settings.put("window.x", "5");
        settings.saveNow();

        assertThat(settings.get("window.x", "")).isEqualTo("5");
    }
}
