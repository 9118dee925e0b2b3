package no.baerekraftsjekk.ui.assessment;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Boxes side by side, sharing the width, while each gets at least its minimum width; stacked one
 * under the other, each as wide as the row, when they do not. Used for the rating pickers: at a
 * large text size they wrap instead of needing a sideways scroll bar.
 */
public final class WrapRow extends Pane {
    private final double gap;

    public WrapRow(double gap, Node... boxes) {
        super(boxes);
        this.gap = gap;
    }

    /** The height follows the width: stacked boxes and wrapped explanations are taller. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    /** True when {@code width} holds every box side by side. */
    boolean fitsSideBySide(double width) {
        Insets in = getInsets();
        double needed = in.getLeft() + in.getRight() + gap * Math.max(0, managed().size() - 1);
        for (Node child : managed()) {
            needed += child.minWidth(-1);
        }
        return width >= needed;
    }

    private java.util.List<Node> managed() {
        return getManagedChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        // Stacked: the widest box.
        double widest = 0;
        for (Node child : managed()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return getInsets().getLeft() + getInsets().getRight() + widest;
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = gap * Math.max(0, managed().size() - 1);
        for (Node child : managed()) {
            sum += child.prefWidth(-1);
        }
        return getInsets().getLeft() + getInsets().getRight() + sum;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - getInsets().getLeft() - getInsets().getRight();
        double height = 0;
        if (fitsSideBySide(width < 0 ? computePrefWidth(-1) : width)) {
            double each = share(inner);
            for (Node child : managed()) {
                height = Math.max(height, child.prefHeight(Math.min(each, child.maxWidth(-1))));
            }
        } else {
            for (Node child : managed()) {
                height += child.prefHeight(Math.min(inner, child.maxWidth(-1)));
            }
            height += gap * Math.max(0, managed().size() - 1);
        }
        return getInsets().getTop() + getInsets().getBottom() + height;
    }

    private double share(double inner) {
        int n = Math.max(1, managed().size());
        return (inner - gap * (n - 1)) / n;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        double x = in.getLeft();
        double y = in.getTop();
        if (fitsSideBySide(getWidth())) {
            double each = share(inner);
            for (Node child : managed()) {
                double w = Math.max(child.minWidth(-1), Math.min(each, child.maxWidth(-1)));
                double h = child.prefHeight(w);
                child.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
                x += w + gap;
            }
        } else {
            for (Node child : managed()) {
                double w = Math.max(child.minWidth(-1), Math.min(inner, child.maxWidth(-1)));
                double h = child.prefHeight(w);
                child.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
                y += h + gap;
            }
        }
    }
}
