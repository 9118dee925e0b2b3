package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.baerekraftsjekk.domain.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyTextsTest {
    @TempDir
    Path folder;

    @Test
    void theTextsReadWhileJavaFxStartsAreInTheLanguageTheCaseworkerChose() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("settings.properties"), "window.language=nn\n");

        EarlyTexts.begin(data);
        EarlyTexts.Ready ready = EarlyTexts.take(data);

        assertThat(ready.dataFolder()).isEqualTo(data);
        assertThat(ready.texts().language()).isEqualTo(Language.NN);
        assertThat(ready.texts().get("app.title")).isNotBlank();
    }

    @Test
    void aStartOnAnotherFolderReadsThatFoldersSettingsInstead() throws Exception {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path other = Files.createDirectories(folder.resolve("other"));
        Files.writeString(first.resolve("settings.properties"), "window.language=en\n");

        EarlyTexts.begin(first);
        EarlyTexts.Ready ready = EarlyTexts.take(other);

        assertThat(ready.dataFolder()).isEqualTo(other);
        assertThat(ready.texts().language()).isEqualTo(Language.BASE);
    }

    @Test
    void withNothingBegunTheTextsAreReadOnTheSpot() {
        EarlyTexts.Ready ready = EarlyTexts.take(folder);

        assertThat(ready.settings()).isNotNull();
        assertThat(ready.reference()).isNotNull();
    }
}
