package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.common.FileUserSettings;
import no.baerekraftsjekk.ui.common.WindowLanguage;

/**
 * The caseworker's settings and the window's texts in the chosen language, read on a thread of
 * their own while JavaFX starts its toolkit. Read on the FX thread they were 25–35 ms of the way to
 * the first frame (the text bundle alone is 95 KB, parsed by code not yet compiled), while JavaFX's
 * start leaves the second core mostly idle.
 */
final class EarlyTexts {
    /** What the window needs before its first frame. */
    record Ready(Path dataFolder, FileUserSettings settings, Texts texts, ReferenceTexts reference) {
        Ready {
            Objects.requireNonNull(dataFolder);
            Objects.requireNonNull(settings);
            Objects.requireNonNull(texts);
            Objects.requireNonNull(reference);
        }
    }

    private static volatile CompletableFuture<Ready> reading;

    private EarlyTexts() {
    }

    /** Starts reading; call once, before the window is launched. */
    static void begin(Path dataFolder) {
        CompletableFuture<Ready> started = new CompletableFuture<>();
        reading = started;
        Thread.ofPlatform().daemon().name("texts-reading").start(() -> {
            try {
                started.complete(read(dataFolder));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
            // Still on the core JavaFX's start leaves idle: a head start for the theme (see there).
            no.baerekraftsjekk.ui.common.Theme.readAhead();
        });
    }

    /**
     * What was read for {@code dataFolder}; read now, on this thread, when nothing was begun for it.
     * A failure while reading early is thrown here, on the thread that needs the result.
     */
    static Ready take(Path dataFolder) {
        CompletableFuture<Ready> started = reading;
        reading = null;
        if (started != null) {
            Ready ready = started.join();
            if (ready.dataFolder().equals(dataFolder)) {
                return ready;
            }
        }
        return read(dataFolder);
    }

    static Ready read(Path dataFolder) {
        FileUserSettings settings = FileUserSettings.inFolder(dataFolder);
        Language language = WindowLanguage.of(settings);
        return new Ready(dataFolder, settings, Texts.of(language), ReferenceTexts.load(language));
    }
}
