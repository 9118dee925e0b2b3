package no.baerekraftsjekk.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.text.Texts;

/** File choosers that start in the folder the caseworker used last time, kept in the user settings. */
public final class FxFileDialogs implements FileDialogs {
    static final String LAST_FOLDER = "files.lastFolder";

    private final Supplier<Window> owner;
    private final UserSettings settings;
    private final Texts texts;

    public FxFileDialogs(Supplier<Window> owner, UserSettings settings, Texts texts) {
        this.texts = Objects.requireNonNull(texts);
        this.owner = Objects.requireNonNull(owner);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public List<Path> chooseAssessmentFiles() {
        FileChooser chooser = chooser(texts.get("common.files.importTitle"));
        chooser.getExtensionFilters().add(filterFor("bkj"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(files.get(0).toPath());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveLocation(String suggestedName, String extension) {
        FileChooser chooser = chooser(texts.get("common.files.saveTitle"));
        chooser.getExtensionFilters().add(filterFor(extension));
        chooser.setInitialFileName(withExtension(suggestedName, extension));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        Path path = withExtension(file.toPath(), extension);
        remember(path);
        return Optional.of(path);
    }

    /** Some platforms return the typed name without the extension the filter asked for. */
    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return path.resolveSibling(withExtension(name, extension));
    }

    /**
     * The name with the extension once: report names are suggested with theirs, a library export's
     * without, and adding it again gave "….pdf.pdf".
     */
    static String withExtension(String name, String extension) {
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT))) {
            return name;
        }
        return name + "." + extension;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        Path last = Path.of(settings.get(LAST_FOLDER, System.getProperty("user.home")));
        if (Files.isDirectory(last)) {
            chooser.setInitialDirectory(last.toFile());
        }
        return chooser;
    }

    private FileChooser.ExtensionFilter filterFor(String extension) {
        String description = "bkj".equals(extension)
                ? texts.get("common.files.bkjFilter")
                : texts.get("common.files.otherFilter", extension.toUpperCase(Locale.ROOT), extension);
        return new FileChooser.ExtensionFilter(description, "*." + extension);
    }

    private void remember(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(LAST_FOLDER, folder.toString());
        }
    }
}
