package no.baerekraftsjekk.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Walks a scene graph as a screen reader and a person with low vision meet it: every focusable
 * control must have a name (its own accessible text, its text, or a label pointing at it) and a
 * role; every shown text must stand out from what is behind it by at least 4.5:1 (WCAG 2.1 AA,
 * 1.4.3), computed from the colours CSS resolved: the text's fill and the background fills of the
 * node and its parents, translucent ones laid over what is under them. Call on the FX thread after
 * a layout pass (a snapshot does one).
 */
public final class A11yAudit {
    public static final double MINIMUM_CONTRAST = 4.5;

    private A11yAudit() {
    }

    /** Focusable controls a screen reader could not name or tell the kind of, one line each. */
    public static List<String> unnamed(Parent root) {
        Map<Node, Label> labelled = new IdentityHashMap<>();
        walk(root, node -> {
            if (node instanceof Label label && label.getLabelFor() != null) {
                labelled.put(label.getLabelFor(), label);
            }
        });
        List<String> problems = new ArrayList<>();
        walk(root, node -> {
            if (!node.isFocusTraversable() || !shown(node) || node.isDisabled() || insideOtherControl(node)) {
                return;
            }
            if (!hasName(node, labelled)) {
                problems.add("no accessible name: " + describe(node));
            }
            if (!(node instanceof Control) && (node.getAccessibleRole() == AccessibleRole.NODE || node.getAccessibleRole() == AccessibleRole.PARENT)) {
                problems.add("no accessible role: " + describe(node));
            }
        });
        return problems;
    }

    /**
     * Focusable controls that show no focus indicator: focused, they must get a border (or their
     * box, for a check box or radio button) of another colour than before, at 3:1 or more against
     * what is behind them (WCAG 2.1, 1.4.11). Moves the focus through the scene.
     */
    public static List<String> withoutFocusRing(Parent root) {
        List<Node> focusable = new ArrayList<>();
        walk(root, node -> {
            if (node.isFocusTraversable() && shown(node) && !node.isDisabled() && !insideOtherControl(node)) {
                focusable.add(node);
            }
        });
        Color canvas = canvas(root.getScene());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < focusable.size(); i++) {
            Node node = focusable.get(i);
            Node ring = node instanceof javafx.scene.control.CheckBox || node instanceof javafx.scene.control.RadioButton
                    ? node.lookup(node instanceof javafx.scene.control.CheckBox ? ".box" : ".radio") : node;
            if (node.isFocused() && focusable.size() > 1) {
                // Seen without the focus first: the one focused when the screen opened, too.
                focusable.get(i == 0 ? 1 : i - 1).requestFocus();
                root.applyCss();
            }
            Color before = stroke(ring);
            node.requestFocus();
            root.applyCss();
            Color after = stroke(ring);
            if (!node.isFocused()) {
                continue;
            }
            // A ring drawn outside the control is seen against what is around it.
            Node around = outside(ring) && ring.getParent() != null ? ring.getParent() : ring;
            Color behind = background(around, canvas);
            if (after == null || after.equals(before)) {
                problems.add("no focus indicator: " + describe(node));
            } else if (contrast(over(after, behind), behind) < 3) {
                problems.add(String.format(java.util.Locale.ROOT, "focus indicator %s on %s under 3:1: %s", hex(after),
                        hex(behind), describe(node)));
            }
        }
        return problems;
    }

    /**
     * Follows Tab from the first focusable control, as a keyboard user does, until it comes round:
     * every shown control must be reached, and Tab must never jump back up and to the left (against
     * the reading order) inside {@code region}, the part of the screen whose order is checked (null:
     * none; a scroll pane scrolled by the focus makes positions on a long screen unreliable).
     * Moves the focus through the scene.
     */
    public static List<String> tabOrder(Parent root, Node region) {
        List<Node> focusable = new ArrayList<>();
        walk(root, node -> {
            if (node.isFocusTraversable() && shown(node) && !node.isDisabled() && !insideOtherControl(node)) {
                focusable.add(node);
            }
        });
        List<String> problems = new ArrayList<>();
        if (focusable.isEmpty()) {
            return problems;
        }
        Scene scene = root.getScene();
        focusable.getFirst().requestFocus();
        List<Node> visited = new ArrayList<>();
        for (int i = 0; i < focusable.size() * 2 + 10; i++) {
            Node owner = scene.getFocusOwner();
            if (owner == null || (!visited.isEmpty() && owner == visited.getFirst())) {
                break;
            }
            if (visited.contains(owner)) {
                problems.add("Tab goes round without coming back to the start, at " + describe(owner));
                break;
            }
            visited.add(owner);
            owner.requestFocusTraversal(javafx.scene.TraversalDirection.NEXT);
        }
        // Round and round: read from the control at the top left, where a reader starts.
        int start = 0;
        for (int i = 1; i < visited.size(); i++) {
            javafx.geometry.Bounds here = visited.get(i).localToScene(visited.get(i).getBoundsInLocal());
            javafx.geometry.Bounds best = visited.get(start).localToScene(visited.get(start).getBoundsInLocal());
            if (here.getMinY() < best.getMinY() || (here.getMinY() == best.getMinY() && here.getMinX() < best.getMinX())) {
                start = i;
            }
        }
        java.util.Collections.rotate(visited, -start);
        for (Node node : focusable) {
            if (!visited.contains(node) && !groupReached(node, visited)) {
                problems.add("not reached by Tab: " + describe(node));
            }
        }
        for (int i = 1; i < visited.size(); i++) {
            Node from = visited.get(i - 1);
            Node to = visited.get(i);
            if (region != null && inside(from, region) && inside(to, region)) {
                javafx.geometry.Bounds a = from.localToScene(from.getBoundsInLocal());
                javafx.geometry.Bounds b = to.localToScene(to.getBoundsInLocal());
                if (b.getMaxY() <= a.getMinY() && b.getMaxX() <= a.getMinX()) {
                    problems.add("Tab jumps back up and to the left: " + describe(from) + " → " + describe(to));
                }
            }
        }
        return problems;
    }

    /** Radio buttons and toggles of one group are one stop for Tab; the arrows move among them. */
    private static boolean groupReached(Node node, List<Node> visited) {
        return node instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null
                && visited.stream().anyMatch(v -> v instanceof javafx.scene.control.Toggle other
                        && other.getToggleGroup() == toggle.getToggleGroup());
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(Node node) {
        return node instanceof Region region && region.getBorder() != null && !region.getBorder().getStrokes().isEmpty()
                && region.getBorder().getStrokes().getFirst().getInsets().getTop() < 0;
    }

    private static Color stroke(Node node) {
        if (node instanceof Region region && region.getBorder() != null) {
            for (javafx.scene.layout.BorderStroke stroke : region.getBorder().getStrokes()) {
                if (stroke.getTopStroke() instanceof Color colour && colour.getOpacity() > 0
                        && stroke.getWidths().getTop() > 0) {
                    return colour;
                }
            }
        }
        return null;
    }

    /** Shown texts under 4.5:1 against their background, one line each with the two colours. */
    public static List<String> lowContrast(Parent root) {
        List<String> problems = new ArrayList<>();
        Color canvas = canvas(root.getScene());
        walk(root, node -> {
            if (!shown(node) || node.isDisabled()) {
                return;
            }
            Paint fill;
            String text;
            if (node instanceof Labeled labeled) {
                fill = labeled.getTextFill();
                text = labeled.getText();
                // A label whose text is drawn elsewhere (a graphic only, or no text) has nothing to read.
                if (labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                    return;
                }
            } else if (node instanceof Text drawn && !(drawn.getParent() instanceof Labeled)) {
                fill = drawn.getFill();
                text = drawn.getText();
            } else {
                return;
            }
            if (text == null || text.isBlank() || !(fill instanceof Color colour) || colour.getOpacity() == 0) {
                return;
            }
            Color behind = background(node, canvas);
            Color seen = over(colour, behind);
            double ratio = contrast(seen, behind);
            if (ratio < MINIMUM_CONTRAST) {
                problems.add(String.format(java.util.Locale.ROOT, "contrast %.2f:1 (%s on %s): %s", ratio,
                        hex(seen), hex(behind), describe(node) + " \"" + shorten(text) + "\""));
            }
        });
        return problems;
    }

    /** WCAG's contrast ratio of two opaque colours. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** What is drawn behind {@code node}: its own fills and its parents', from the scene's fill up. */
    private static Color background(Node node, Color canvas) {
        List<Region> regions = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                regions.add(region);
            }
        }
        Color result = canvas;
        for (int i = regions.size() - 1; i >= 0; i--) {
            Background background = regions.get(i).getBackground();
            if (background == null) {
                continue;
            }
            for (BackgroundFill layer : background.getFills()) {
                if (layer.getFill() instanceof Color colour && colour.getOpacity() > 0) {
                    result = over(colour, result);
                }
            }
        }
        return result;
    }

    private static Color canvas(Scene scene) {
        return scene != null && scene.getFill() instanceof Color colour && colour.getOpacity() > 0
                ? over(colour, Color.WHITE) : Color.WHITE;
    }

    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    private static boolean hasName(Node node, Map<Node, Label> labelled) {
        if (notBlank(node.getAccessibleText()) || labelled.containsKey(node)) {
            return true;
        }
        return node instanceof Labeled labeled && notBlank(labeled.getText());
    }

    /**
     * Part of another focusable control's skin (a combo box's editor, a date picker's field): that
     * control is named instead. Containers whose content is the program's own are looked into.
     */
    private static boolean insideOtherControl(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Control control && control.isFocusTraversable()
                    && !(n instanceof javafx.scene.control.ScrollPane) && !(n instanceof javafx.scene.control.TabPane)
                    && !(n instanceof javafx.scene.control.ListView<?>) && !(n instanceof javafx.scene.control.TableView<?>)
                    && !(n instanceof javafx.scene.control.TreeView<?>) && !(n instanceof javafx.scene.control.TitledPane)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
                walk(child, visit);
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null
                && pane.getContent().getParent() == null) {
            walk(pane.getContent(), visit);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 160; n = n.getParent()) {
            String id = n.getId() != null ? "#" + n.getId() : "";
            String classes = n.getStyleClass().isEmpty() ? "" : "." + String.join(".", n.getStyleClass());
            path.insert(0, " > " + n.getClass().getSimpleName() + id + classes);
            if (n.getId() != null && n != node) {
                break;
            }
        }
        return path.substring(3);
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
