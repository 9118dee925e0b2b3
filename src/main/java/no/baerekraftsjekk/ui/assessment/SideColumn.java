package no.baerekraftsjekk.ui.assessment;

import java.util.Objects;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A column that stands beside a step's content when the window is wide enough for both, and moves
 * below the content when it is not, so no step needs a sideways scroll bar on a 1024-pixel screen.
 * The width needed is measured from the controls (not a fixed number of pixels), so larger text
 * moves the column below sooner.
 */
public final class SideColumn {
    private final Pane beside;
    private final Pane below;
    private final Node side;
    private final DoubleSupplier widthNeeded;
    private boolean wide;

    /**
     * @param watched the step's area, whose width decides
     * @param beside where the column goes when there is room: it is added last
     * @param below where it goes when there is not: added last, after the content
     * @param widthNeeded the width of {@code watched} that holds the content and the column side by side
     */
    public SideColumn(Region watched, Pane beside, Pane below, Node side, DoubleSupplier widthNeeded) {
        this.beside = Objects.requireNonNull(beside);
        this.below = Objects.requireNonNull(below);
        this.side = Objects.requireNonNull(side);
        this.widthNeeded = Objects.requireNonNull(widthNeeded);
        // Beside until the step is laid out: its first width then decides.
        wide = true;
        if (!beside.getChildren().contains(side)) {
            beside.getChildren().add(side);
        }
        watched.widthProperty().addListener((obs, old, width) -> place(width.doubleValue()));
    }

    /** True while the column stands beside the content. */
    public boolean isBeside() {
        return wide;
    }

    private void place(double width) {
        if (width <= 0) {
            return;
        }
        boolean fits = width >= widthNeeded.getAsDouble();
        if (fits == wide) {
            return;
        }
        wide = fits;
        // The column may hold the focus; moving a node keeps it only if it is asked for again.
        Node focused = side.getScene() == null ? null : side.getScene().getFocusOwner();
        boolean hadFocus = focused != null && isInside(focused, side);
        (fits ? below : beside).getChildren().remove(side);
        (fits ? beside : below).getChildren().add(side);
        if (hadFocus) {
            focused.requestFocus();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
