package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moving the focus between buttons, boxes and lists moves nothing on the screen: the ring takes no room. */
@ExtendWith(ApplicationExtension.class)
class FocusKeepsLayoutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"CASE", "ASSESSMENT", "SUMMARY", "REPORT"})
    void focusingAControlMovesNoControl(Step step) throws Exception {
        PageFixture fixture = FxTesting.get(() -> {
            try {
                PageFixture f = new PageFixture(stage, StepsFitTheScreenTest.windPowerPlan(), step, 1366, 696);
                f.scene.getStylesheets().add(MainWindowStylesheet.url());
                return f;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Control> focusable = FxTesting.get(() -> {
            List<Control> found = new ArrayList<>();
            collect(fixture.page.root(), found);
            return found;
        });
        assertThat(focusable).as("buttons, boxes and lists on step " + step).hasSizeGreaterThan(3);
        List<String> moved = new ArrayList<>();
        for (Control control : focusable) {
            // From a text field (whose look does not change size) to the control and back.
            FxTesting.onFx(() -> fixture.scene.lookup("#stepList").requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            Map<Node, Bounds> before = FxTesting.get(() -> places(fixture.page.root()));
            FxTesting.onFx(control::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            Map<Node, Bounds> expected = before;
            FxTesting.get(() -> {
                Map<Node, Bounds> after = places(fixture.page.root());
                expected.forEach((node, bounds) -> {
                    Bounds now = after.get(node);
                    if (now != null && !now.equals(bounds)) {
                        moved.add("focus on " + FitChecks.describe(control) + " moved " + FitChecks.describe(node)
                                + " from " + bounds + " to " + now);
                    }
                });
                return null;
            });
        }
        assertThat(moved).isEmpty();
    }

    private static void collect(Node node, List<Control> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if ((node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ListView<?>)
                && node.isFocusTraversable() && !"stepList".equals(node.getId())) {
            found.add((Control) node);
        }
        if (node instanceof Parent parent && !(node instanceof ListView<?>)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    /** Where every visible control is, in the scene, with the focused one's own content. */
    private static Map<Node, Bounds> places(Parent root) {
        Map<Node, Bounds> places = new IdentityHashMap<>();
        collectPlaces(root, places);
        return places;
    }

    /** Where the node is within what its scroll pane scrolls: scrolling a focused control into view is no jump. */
    private static Bounds inScrolledContent(Node node) {
        Bounds inScene = node.localToScene(node.getLayoutBounds());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                return scroll.getContent().sceneToLocal(inScene);
            }
        }
        return inScene;
    }

    private static void collectPlaces(Node node, Map<Node, Bounds> places) {
        if (!node.isVisible()) {
            return;
        }
        // A scroll pane's own bars stay put while what it scrolls moves: they are not content.
        if ((node instanceof Control || node instanceof javafx.scene.text.Text) && !(node instanceof javafx.scene.control.ScrollBar)) {
            places.put(node, inScrolledContent(node));
        }
        if (node instanceof Parent parent && !(node instanceof ListView<?>)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectPlaces(child, places));
        }
    }
}
