package no.baerekraftsjekk.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control in view: whenever the focus moves (Tab, a mnemonic, a link from another
 * step, a tile the arrows moved to), every scroll pane around the control scrolls just enough to
 * show it. JavaFX does not do this by itself, and a keyboard user would otherwise type into a field
 * they cannot see. Installed once per scene; every screen in it gets it.
 */
public final class FocusFollower {
    private static final String INSTALLED = FocusFollower.class.getName();
    /** Room left above a control for its label, and below it, when scrolling to it. */
    private static final double LABEL_ROOM = 40;
    private static final double MARGIN = 8;

    private FocusFollower() {
    }

    /** Follows the focus in {@code scene}; calling it again for the same scene changes nothing. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        scene.focusOwnerProperty().addListener((obs, old, focused) -> {
            if (focused == null) {
                return;
            }
            reveal(focused);
            // The control may just have been shown or moved (a step, a column that reflowed): look
            // again once the scene is laid out, when its place is known.
            Runnable again = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    if (scene.getFocusOwner() == focused) {
                        reveal(focused);
                    }
                }
            };
            scene.addPostLayoutPulseListener(again);
        });
    }

    /** Scrolls each scroll pane around {@code node}, the innermost first, so that the node shows. */
    public static void reveal(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                reveal(scroll, node);
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (inContent == null) {
            return;
        }
        Bounds all = content.getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        double vertical = scrolled(inContent.getMinY(), inContent.getMaxY(), all.getHeight(), viewport.getHeight(),
                scroll.getVvalue(), scroll.getVmin(), scroll.getVmax(), LABEL_ROOM);
        if (!Double.isNaN(vertical)) {
            scroll.setVvalue(vertical);
        }
        double horizontal = scrolled(inContent.getMinX(), inContent.getMaxX(), all.getWidth(), viewport.getWidth(),
                scroll.getHvalue(), scroll.getHmin(), scroll.getHmax(), MARGIN);
        if (!Double.isNaN(horizontal)) {
            scroll.setHvalue(horizontal);
        }
    }

    /**
     * The scroll value that shows {@code from}–{@code to} of content {@code size} in a view of
     * {@code view}, moving as little as possible; NaN when it shows already or nothing scrolls.
     */
    static double scrolled(double from, double to, double size, double view, double value, double min, double max,
            double roomBefore) {
        double range = size - view;
        if (range <= 0 || max <= min) {
            return Double.NaN;
        }
        double shownFrom = (value - min) / (max - min) * range;
        double newFrom;
        if (from < shownFrom) {
            newFrom = from - roomBefore;
        } else if (to > shownFrom + view) {
            // Taller than the view: its top, with a little room; else just its bottom in view.
            newFrom = Math.min(from - MARGIN, to - view + MARGIN);
        } else {
            return Double.NaN;
        }
        return min + Math.clamp(newFrom / range, 0.0, 1.0) * (max - min);
    }
}
