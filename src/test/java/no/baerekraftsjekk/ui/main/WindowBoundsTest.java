package no.baerekraftsjekk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window starts: never larger than the screen's visible area, never past its edges. */
class WindowBoundsTest {
    /** A 1024×768 screen with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 728);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void theFirstStartFillsASmallScreensVisibleArea() {
        assertThat(WindowBounds.fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, SMALL)).isEqualTo(SMALL);
        assertThat(WindowBounds.fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, LAPTOP))
                .isEqualTo(new Rectangle2D(43, 0, 1280, 728));
    }

    @Test
    void theFirstStartOnALargeScreenIsCentredAtTheDefaultSize() {
        assertThat(WindowBounds.fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, LARGE))
                .isEqualTo(new Rectangle2D(320, 90, WindowBounds.DEFAULT_WIDTH, WindowBounds.DEFAULT_HEIGHT));
    }

    @Test
    void aSizeRememberedFromALargerMonitorIsCutToTheScreenAndKeptOnIt() {
        Rectangle2D placed = WindowBounds.fit(300, 200, 1600, 1000, SMALL);
        assertThat(placed).isEqualTo(SMALL);
    }

    @Test
    void aRememberedPlaceThatFitsIsKept() {
        assertThat(WindowBounds.fit(40, 30, 900, 600, LAPTOP)).isEqualTo(new Rectangle2D(40, 30, 900, 600));
    }

    @Test
    void aWindowReachingPastTheRightEdgeIsMovedBackOntoTheScreen() {
        assertThat(WindowBounds.fit(900, 100, 900, 600, SMALL)).isEqualTo(new Rectangle2D(124, 100, 900, 600));
    }

    @Test
    void aPlaceOnAMonitorNoLongerThereIsReplacedByTheCentre() {
        assertThat(WindowBounds.fit(2500, 100, 900, 600, SMALL)).isEqualTo(new Rectangle2D(62, 64, 900, 600));
    }

    @Test
    void aSizeBelowTheMinimumGrowsToIt() {
        assertThat(WindowBounds.fit(0, 0, 500, 300, LAPTOP).getWidth()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(WindowBounds.fit(0, 0, 500, 300, LAPTOP).getHeight()).isEqualTo(WindowBounds.MIN_HEIGHT);
    }
}
