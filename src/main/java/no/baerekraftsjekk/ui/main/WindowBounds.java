package no.baerekraftsjekk.ui.main;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.common.UserSettings;

/**
 * Remembers where the window was and how big, and puts it back there, unless that place is no
 * longer on any screen (a laptop taken away from its second monitor). The window never starts
 * larger than the screen's visible area: a size remembered from a larger monitor is cut to fit.
 */
final class WindowBounds {
    static final double MIN_WIDTH = 820;
    static final double MIN_HEIGHT = 520;
    /** The first start's size on a large screen; on a laptop the window fills the visible area. */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 860;
    /** The strip along the window's top the caseworker grabs it by: it must be on a screen. */
    private static final double TITLE_BAR = 40;

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
        double width = settings.getDouble(WIDTH, Double.NaN);
        double height = settings.getDouble(HEIGHT, Double.NaN);
        double x = settings.getDouble(X, Double.NaN);
        double y = settings.getDouble(Y, Double.NaN);
        Rectangle2D screen = visibleAreaAround(x, y, width);
        Rectangle2D placed = fit(x, y, width, height, screen);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(placed.getWidth());
        stage.setHeight(placed.getHeight());
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
        stage.setMaximized(Boolean.parseBoolean(settings.get(MAXIMIZED, "false")));
    }

    /**
     * Where the window goes on {@code screen} (its visible area, without the task bar): the size
     * remembered, or on the first start (NaN) the default, never larger than the visible area and
     * never past its edges; centred when the remembered place is unknown or off this screen.
     */
    static Rectangle2D fit(double x, double y, double width, double height, Rectangle2D screen) {
        double w = Math.min(Double.isNaN(width) ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, width), screen.getWidth());
        double h = Math.min(Double.isNaN(height) ? DEFAULT_HEIGHT : Math.max(MIN_HEIGHT, height), screen.getHeight());
        double left;
        double top;
        if (Double.isNaN(x) || Double.isNaN(y) || !screen.intersects(x, y, Math.max(1, w), TITLE_BAR)) {
            left = screen.getMinX() + (screen.getWidth() - w) / 2;
            top = screen.getMinY() + (screen.getHeight() - h) / 2;
        } else {
            left = Math.clamp(x, screen.getMinX(), screen.getMaxX() - w);
            top = Math.clamp(y, screen.getMinY(), screen.getMaxY() - h);
        }
        return new Rectangle2D(left, top, w, h);
    }

    /** The visible area of the screen the remembered title bar is on, else of the primary screen. */
    private static Rectangle2D visibleAreaAround(double x, double y, double width) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, Double.isNaN(width) ? 1 : width), TITLE_BAR);
            List<Screen> screens = Screen.getScreensForRectangle(titleBar);
            if (!screens.isEmpty()) {
                return screens.getFirst().getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
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
}
