package no.baerekraftsjekk.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.common.UserSettings;

/**
 * Remembers where the window was and how big, and puts it back there, unless that place is no
 * longer on any screen (a laptop taken away from its second monitor).
 */
final class WindowBounds {
    static final double MIN_WIDTH = 820;
    static final double MIN_HEIGHT = 520;
    static final double DEFAULT_WIDTH = 1100;
    static final double DEFAULT_HEIGHT = 720;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final UserSettings settings;

    WindowBounds(UserSettings settings) {
        this.settings = settings;
    }

    void restore(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        double width = Math.max(MIN_WIDTH, settings.getDouble(WIDTH, DEFAULT_WIDTH));
        double height = Math.max(MIN_HEIGHT, settings.getDouble(HEIGHT, DEFAULT_HEIGHT));
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isVisible(x, y, width)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get(MAXIMIZED, "false")));
    }

    /** Keeps the settings up to date as the window moves; a maximised window keeps its normal bounds. */
    void track(Stage stage) {
        stage.xProperty().addListener((obs, old, x) -> rememberUnlessMaximized(stage, X, x.doubleValue()));
        stage.yProperty().addListener((obs, old, y) -> rememberUnlessMaximized(stage, Y, y.doubleValue()));
        stage.widthProperty().addListener((obs, old, w) -> rememberUnlessMaximized(stage, WIDTH, w.doubleValue()));
        stage.heightProperty().addListener((obs, old, h) -> rememberUnlessMaximized(stage, HEIGHT, h.doubleValue()));
        stage.maximizedProperty().addListener((obs, old, max) -> settings.put(MAXIMIZED, Boolean.toString(max)));
    }

    private void rememberUnlessMaximized(Stage stage, String key, double value) {
        if (!stage.isMaximized() && !stage.isIconified() && Double.isFinite(value)) {
            settings.put(key, Long.toString(Math.round(value)));
        }
    }

    /** True when the window's title bar would be on some screen, so the caseworker can grab it. */
    private static boolean isVisible(double x, double y, double width) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), 40);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }
}
