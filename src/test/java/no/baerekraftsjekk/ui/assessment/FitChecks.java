package no.baerekraftsjekk.ui.assessment;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;

/**
 * What a caseworker on a small screen would notice: a sideways scroll bar, a control cut off at the
 * window's or a scroll pane's right edge, a focused control that is not in view. Run on the FX thread.
 */
final class FitChecks {
    /** A focus ring drawn outside a control may stick out this far; that is not a hidden control. */
    private static final double SLACK = 4;

    private FitChecks() {
    }

    /** Every sideways scroll bar shown and every control reaching past the right edge it is drawn within. */
    static List<String> sidewaysProblems(Scene scene) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, problems);
        return problems;
    }

    private static void walk(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && !insideSidewaysList(bar)
                && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
            problems.add("a sideways scroll bar in " + describe(ancestor(bar, ScrollPane.class, ListView.class, TableView.class)));
        }
        if (node instanceof Control control && !(control instanceof ScrollBar) && !insideVirtualList(control)) {
            Bounds bounds = control.localToScene(control.getLayoutBounds());
            double edge = rightEdge(control, scene);
            if (bounds.getWidth() > 0 && bounds.getMaxX() > edge + SLACK) {
                problems.add(describe(control) + " reaches x=" + Math.round(bounds.getMaxX()) + " past the edge at " + Math.round(edge));
            }
        }
        if (node instanceof Parent parent && !(node instanceof ListView<?>) && !(node instanceof TableView<?>)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, problems);
            }
        }
    }

    /** Empty when {@code focused} is wholly in view (its top, when it is taller than the view); else what is wrong. */
    static String outOfView(Node focused, Scene scene) {
        Bounds node = focused.localToScene(focused.getLayoutBounds());
        double top = 0;
        double bottom = scene.getHeight();
        double left = 0;
        double right = scene.getWidth();
        for (Node n = focused.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                Bounds view = viewport(scroll);
                top = Math.max(top, view.getMinY());
                bottom = Math.min(bottom, view.getMaxY());
                left = Math.max(left, view.getMinX());
                right = Math.min(right, view.getMaxX());
            }
        }
        double visibleBottom = node.getHeight() > bottom - top ? node.getMinY() + 20 : node.getMaxY();
        if (node.getMinY() < top - SLACK || visibleBottom > bottom + SLACK
                || node.getMinX() < left - SLACK || Math.min(node.getMaxX(), node.getMinX() + 40) > right + SLACK) {
            return describe(focused) + " at " + round(node) + " is outside the visible area "
                    + Math.round(left) + "," + Math.round(top) + "–" + Math.round(right) + "," + Math.round(bottom);
        }
        return "";
    }

    private static Bounds viewport(ScrollPane scroll) {
        Node view = scroll.lookup(".viewport");
        Node shown = view == null ? scroll : view;
        return shown.localToScene(shown.getLayoutBounds());
    }

    private static double rightEdge(Node node, Scene scene) {
        double edge = scene.getWidth();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                edge = Math.min(edge, viewport(scroll).getMaxX());
            }
        }
        return edge;
    }

    /** A list laid out sideways (the goals in Vurdering) scrolls sideways by design. */
    private static boolean insideSidewaysList(Node node) {
        Node list = ancestor(node, ListView.class);
        return list instanceof ListView<?> view && view.getOrientation() == Orientation.HORIZONTAL;
    }

    /** Cells of a list or table are clipped by it; its own scroll bar says when they do not fit. */
    private static boolean insideVirtualList(Node node) {
        return ancestor(node.getParent(), ListView.class, TableView.class) != null;
    }

    private static Node ancestor(Node node, Class<?>... kinds) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Class<?> kind : kinds) {
                if (kind.isInstance(n)) {
                    return n;
                }
            }
        }
        return null;
    }

    static String describe(Node node) {
        if (node == null) {
            return "(the window)";
        }
        String name = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            name += " «" + labeled.getText() + "»";
        } else if (node.getAccessibleText() != null) {
            name += " «" + node.getAccessibleText() + "»";
        }
        return name;
    }

    private static String round(Bounds b) {
        return Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY());
    }
}
