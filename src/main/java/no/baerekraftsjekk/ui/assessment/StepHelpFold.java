package no.baerekraftsjekk.ui.assessment;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import no.baerekraftsjekk.ui.common.TextSize;
import no.baerekraftsjekk.ui.common.UserSettings;

/**
 * Whether the blue help box above each step is shown or folded away. At a large text size it takes
 * a third of a 768-pixel-high screen, so it starts folded from 150 %; once the caseworker shows or
 * hides it, that choice is remembered and holds at every text size.
 */
final class StepHelpFold {
    static final String KEY = "window.stepHelp";
    static final String SHOWN = "shown";
    static final String FOLDED = "folded";

    private final UserSettings settings;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private double fontPixels;

    StepHelpFold(UserSettings settings, double fontPixels) {
        this.settings = Objects.requireNonNull(settings);
        textSize(fontPixels);
    }

    /** True while the help is shown. */
    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The window's normal text is now {@code pixels} high: decides while the caseworker has not. */
    void textSize(double pixels) {
        fontPixels = pixels;
        String chosen = settings.get(KEY, "").strip();
        if (SHOWN.equals(chosen)) {
            shown.set(true);
        } else if (FOLDED.equals(chosen)) {
            shown.set(false);
        } else {
            // A hand-edited value counts as no choice.
            shown.set(!isLarge(fontPixels));
        }
    }

    /** Shows a folded help, folds a shown one, and remembers it. */
    void toggle() {
        shown.set(!shown.get());
        settings.put(KEY, shown.get() ? SHOWN : FOLDED);
    }

    /** 150 % or more: a text size at which the window's room is scarce. */
    static boolean isLarge(double fontPixels) {
        return fontPixels >= TextSize.LARGE.pixels() - 0.5;
    }
}
