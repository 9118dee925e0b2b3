package no.baerekraftsjekk.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * Sizes set in code that must grow with the text size the caseworker chose ({@link TextSize}), for
 * the few things CSS cannot size in em (table columns, grid columns): a size given for 100 %
 * (a 14 px font) times the font of a control whose text is the window's normal size.
 */
public final class TextScale {
    private TextScale() {
    }

    /** {@code pixelsAtNormal} scaled by {@code normalText}'s font over 14 px, following changes. */
    public static ObservableValue<Double> pixels(Labeled normalText, double pixelsAtNormal) {
        return normalText.fontProperty().map(font -> pixelsAtNormal * font.getSize() / TextSize.BASE_PIXELS);
    }
}
