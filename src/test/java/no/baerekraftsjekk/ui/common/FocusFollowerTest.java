package no.baerekraftsjekk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How far a scroll pane moves to show the focused control: as little as possible, and not at all when it shows. */
class FocusFollowerTest {
    /** Content 1000 high in a view 400 high: the scroll value runs 0–1 over 600 pixels. */
    private static double scrolledTo(double from, double to, double value) {
        return FocusFollower.scrolled(from, to, 1000, 400, value, 0, 1, 40);
    }

    @Test
    void aControlInViewMovesNothing() {
        assertThat(scrolledTo(100, 130, 0)).isNaN();
        assertThat(scrolledTo(600, 630, 0.5)).isNaN();
    }

    @Test
    void aControlBelowTheViewIsBroughtUpJustEnoughToShowItsBottom() {
        // Bottom at 530 with 8 to spare: the view's top at 138 of 600.
        assertThat(scrolledTo(500, 530, 0)).isCloseTo(138 / 600.0, within(1e-9));
    }

    @Test
    void aControlAboveTheViewIsShownWithRoomForItsLabel() {
        assertThat(scrolledTo(200, 230, 1)).isCloseTo(160 / 600.0, within(1e-9));
    }

    @Test
    void aControlTallerThanTheViewShowsItsTop() {
        assertThat(scrolledTo(500, 950, 0)).isCloseTo(492 / 600.0, within(1e-9));
    }

    @Test
    void contentThatFitsNeverScrolls() {
        assertThat(FocusFollower.scrolled(500, 530, 300, 400, 0, 0, 1, 40)).isNaN();
    }
}
