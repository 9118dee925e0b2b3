package no.baerekraftsjekk.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The look and the text size of every window of the program: the main window, its dialogs and the
 * glossary. Both are the caseworker's choice in the settings, remembered, and take effect at once;
 * the look can follow the system's dark mode and high contrast, and changes when the system does.
 * The text size is the root font size, which every em-sized font and box follows.
 */
public final class Appearance {
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Look> look = new ReadOnlyObjectWrapper<>(Look.LIGHT);
    /**
     * The one that puts its look on the windows: the last installed. The theme under every window is
     * global to the program, so two appearances would take turns with each window (a new window in
     * the same program, as the tests make, brings a new one).
     */
    private static Appearance active;
    private boolean installed;
    /** True while {@link #apply} changes a scene's stylesheets, which it then need not check. */
    private boolean applying;

    public Appearance(UserSettings settings) {
        Objects.requireNonNull(settings);
        theme.set(ThemeChoice.of(settings));
        textSize.set(TextSize.of(settings));
        theme.addListener((obs, old, chosen) -> {
            chosen.remember(settings);
            refresh();
        });
        textSize.addListener((obs, old, chosen) -> {
            chosen.remember(settings);
            refresh();
        });
    }

    /**
     * Puts the chosen look and text size on every window shown now and later. Call once, on the FX
     * thread; a second call changes nothing.
     */
    public void install() {
        if (installed) {
            return;
        }
        installed = true;
        active = this;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next() && active == this) {
                change.getAddedSubList().forEach(this::follow);
            }
        });
        List.copyOf(Window.getWindows()).forEach(this::follow);
        // The system's dark mode or high contrast switched while the program runs.
        Platform.getPreferences().addListener((InvalidationListener) changed -> {
            if (active == this && theme.get() == ThemeChoice.SYSTEM) {
                refresh();
            }
        });
        refresh();
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** The look drawn now: the choice, or what the system asks for. */
    public ReadOnlyObjectProperty<Look> lookProperty() {
        return look.getReadOnlyProperty();
    }

    /** Gives {@code scene} the look and text size drawn now; windows of the program get them by themselves. */
    public void apply(Scene scene) {
        Look now = look.get();
        List<String> ours = java.util.stream.Stream.concat(Arrays.stream(Look.values()).map(Look::stylesheet),
                java.util.stream.Stream.of(Look.everyLookStylesheet())).toList();
        applying = true;
        try {
            scene.getStylesheets().removeAll(ours);
            // Last: over the program's own stylesheet.
            scene.getStylesheets().addAll(Look.everyLookStylesheet(), now.stylesheet());
        } finally {
            applying = false;
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.setStyle(withFontSize(root.getStyle(), textSize.get()));
        }
    }

    private void follow(Window window) {
        // Pop-ups (menus, lists of a choice box, tooltips) take their owner's styles.
        if (window instanceof Stage) {
            if (window.getScene() != null) {
                follow(window.getScene());
            }
            window.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null && active == this) {
                    follow(scene);
                }
            });
        }
    }

    private void follow(Scene scene) {
        apply(scene);
        scene.rootProperty().addListener((obs, old, root) -> {
            if (active == this) {
                apply(scene);
            }
        });
        scene.getStylesheets().addListener((ListChangeListener<String>) change -> {
            // A window that copies another's stylesheets (the glossary) must end with ours again.
            List<String> sheets = scene.getStylesheets();
            if (active == this && !applying && (sheets.isEmpty() || !sheets.getLast().equals(look.get().stylesheet()))) {
                Platform.runLater(() -> apply(scene));
            }
        });
    }

    private void refresh() {
        Look now = Look.of(theme.get(), installed ? SystemLook.now() : Look.LIGHT);
        look.set(now);
        if (!installed || active != this) {
            return;
        }
        Theme.apply(now);
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage && window.getScene() != null) {
                apply(window.getScene());
            }
        }
    }

    /** The root's own style with the root font size of {@code size} in front, replacing an earlier one. */
    static String withFontSize(String style, TextSize size) {
        String rest = style == null ? "" : style.replaceAll("-fx-font-size:\\s*[^;]*;?\\s*", "").strip();
        String font = "-fx-font-size: " + formatted(size.pixels()) + "px;";
        return rest.isEmpty() ? font : font + " " + rest;
    }

    private static String formatted(double pixels) {
        return pixels == Math.rint(pixels) ? Long.toString((long) pixels) : Double.toString(pixels);
    }
}
