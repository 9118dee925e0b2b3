package no.baerekraftsjekk.ui.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.SafeFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings kept as a small UTF-8 properties file in the data folder (not JSON: reading it must not
 * load a JSON library before the first window appears). A change is saved shortly
 * after it is made, off the calling thread, so that dragging a window does not write the file a
 * hundred times; the file is replaced atomically, so a crash leaves the old or the new one.
 * Settings are a convenience: a missing or broken file means defaults, never a failed start.
 */
public final class FileUserSettings implements UserSettings {
    private static final Logger LOG = LoggerFactory.getLogger(FileUserSettings.class);
    private static final long SAVE_DELAY_MILLIS = 500;

    private final Path file;
    private final Executor delayedSaver;
    private final Map<String, String> values = new TreeMap<>();
    private final AtomicBoolean saveScheduled = new AtomicBoolean();

    /**
     * @param delayedSaver runs the save later and off the caller's thread; tests pass a direct executor
     */
    public FileUserSettings(Path file, Executor delayedSaver) {
        this.file = Objects.requireNonNull(file);
        this.delayedSaver = Objects.requireNonNull(delayedSaver);
        load(file).forEach((k, v) -> {
            if (k != null && v != null) {
                values.put(k, v);
            }
        });
    }

    /** Settings saved about half a second after the last change, on a shared pool thread. */
    public static FileUserSettings inFolder(Path folder) {
        return new FileUserSettings(folder.resolve("settings.properties"),
                CompletableFuture.delayedExecutor(SAVE_DELAY_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Override
    public synchronized String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        synchronized (this) {
            if (Objects.equals(values.get(key), value)) {
                return;
            }
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        }
        // Several changes within the delay share one save, which writes whatever is current then.
        if (saveScheduled.compareAndSet(false, true)) {
            delayedSaver.execute(this::saveNow);
        }
    }

    /** Writes the current settings now; called on exit so the last change is not lost. */
    public void saveNow() {
        saveScheduled.set(false);
        Map<String, String> copy;
        synchronized (this) {
            copy = new TreeMap<>(values);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Properties properties = new Properties();
            properties.putAll(copy);
            SafeFileWriter.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                properties.store(writer, "Bærekraftsjekk: innstillinger");
                writer.flush();
            });
        } catch (IOException | FileWriteException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }

    public Path location() {
        return file;
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            // Not UTF-8, a broken unicode escape, a folder in its place: settings are a convenience.
            LOG.warn("Settings file {} is broken or unreadable and is ignored; defaults are used: {}", file, e.toString());
            return Map.of();
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
