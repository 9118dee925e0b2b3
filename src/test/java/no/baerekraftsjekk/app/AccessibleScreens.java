package no.baerekraftsjekk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.SqliteLibrary;
import no.baerekraftsjekk.ui.A11yAudit;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.common.TextSize;
import no.baerekraftsjekk.ui.common.ThemeChoice;
import no.baerekraftsjekk.ui.library.ExampleAssessments;
import no.baerekraftsjekk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen of the real window in one look and text size: the library, each step of an
 * assessment, the portfolio, the settings and the glossary. For each it can audit the scene graph
 * ({@link A11yAudit}), save a picture (target/snapshots/a11y/) and list labels cut short.
 */
final class AccessibleScreens {
    /** A shipped example with conflicts, ratings and a summary: every step has something to show. */
    static final String EXAMPLE = "ny-barneskole.bkj";

    private final FxRobot robot;
    private final Stage stage;
    private final MainWindow window;
    private final long assessment;
    final List<String> problems = new ArrayList<>();
    final List<String> cut = new ArrayList<>();
    /** Sideways scroll bars in a step at 150 % and more, where the step must reflow instead. */
    final List<String> sideways = new ArrayList<>();
    /** Controls without a visible focus indicator; checked only when asked, as it moves the focus. */
    final List<String> focus = new ArrayList<>();
    private boolean checkFocus;

    AccessibleScreens(FxRobot robot, Stage stage, MainWindow window, long assessment) {
        this.robot = robot;
        this.stage = stage;
        this.window = window;
        this.assessment = assessment;
    }

    /** Puts the shipped example into the library in {@code data}, before the window opens it; its id. */
    static long seedExample(Path data) throws Exception {
        ExampleAssessments examples = ExampleAssessments.shipped();
        ExampleAssessments.Example example = examples.list().stream()
                .filter(e -> e.resource().endsWith(EXAMPLE)).findFirst().orElseThrow();
        try (SqliteLibrary library = SqliteLibrary.open(data.resolve(DataFolder.DATABASE_FILE))) {
            return library.create(new BkjReader().read(examples.bytes(example)).assessment()).id();
        }
    }

    /** From now on, also focuses every control of every screen and checks that it shows it. */
    void checkFocusRings() {
        checkFocus = true;
    }

    /** Walks every screen in {@code theme} at {@code size}; {@code pictures} names the snapshots, or null for none. */
    void walk(ThemeChoice theme, TextSize size, String pictures) throws Exception {
        robot.interact(() -> {
            window.appearance().themeProperty().set(theme);
            window.appearance().textSizeProperty().set(size);
        });
        String look = theme.name().toLowerCase(Locale.ROOT) + " " + size.percent() + " %";

        robot.interact(window::showLibrary);
        waitFor(() -> robot.lookup(".library-table").tryQuery()
                .map(n -> n.isVisible() && !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        check(stage.getScene(), look, "library", pictures);

        robot.interact(() -> window.showAssessment(assessment));
        waitFor(() -> robot.lookup("#stepList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Object> steps = robot.lookup("#stepList").queryAs(ListView.class);
        for (int step = 0; step < steps.getItems().size(); step++) {
            int index = step;
            robot.interact(() -> steps.getSelectionModel().select(index));
            check(stage.getScene(), look, "step-" + (step + 1), pictures);
            if (size.percent() >= TextSize.LARGE.percent()) {
                String where = look + ", step " + (step + 1) + ": ";
                sideways.addAll(onFx(() -> sidewaysScrollBars(stage.getScene().getRoot()).stream().map(where::concat).toList()));
            }
        }
        robot.interact(() -> steps.getSelectionModel().select(0));
        robot.interact(window::showLibrary);

        robot.interact(window::showPortfolio);
        waitFor(() -> robot.lookup(".portfolio-view").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        check(stage.getScene(), look, "portfolio", pictures);
        robot.interact(window::showLibrary);

        robot.clickOn("#settingsButton");
        waitFor(() -> robot.lookup("#settingsTheme").tryQuery().isPresent());
        Scene settings = robot.lookup("#settingsTheme").query().getScene();
        check(settings, look, "settings", pictures);
        robot.interact(() -> settings.getWindow().hide());

        robot.interact(() -> window.showGlossary(""));
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w instanceof Stage && w.isShowing()));
        Window glossary = Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .findFirst().orElseThrow();
        check(glossary.getScene(), look, "glossary", pictures);
        robot.interact(glossary::hide);
    }

    private void check(Scene scene, String look, String screen, String pictures) {
        WaitForAsyncUtils.waitForFxEvents();
        // A snapshot lays the scene out and applies CSS: the colours below are the drawn ones.
        if (pictures != null) {
            TestSnapshots.save(scene, "a11y/" + pictures + "-" + screen);
        } else {
            robot.interact(() -> scene.snapshot(null));
        }
        String where = look + ", " + screen + ": ";
        problems.addAll(onFx(() -> {
            List<String> all = new ArrayList<>(A11yAudit.unnamed(scene.getRoot()));
            all.addAll(A11yAudit.lowContrast(scene.getRoot()));
            return all.stream().map(where::concat).toList();
        }));
        if (checkFocus) {
            focus.addAll(onFx(() -> A11yAudit.withoutFocusRing(scene.getRoot()).stream().map(where::concat).toList()));
            // The reading order within a step (the step list and the header have their own place).
            Node region = scene.getRoot().lookup(".step-area");
            focus.addAll(onFx(() -> A11yAudit.tabOrder(scene.getRoot(), region)
                    .stream().map(where::concat).toList()));
        }
        cut.addAll(onFx(() -> NynorskWindowJourneyTest.cutLabels(scene.getRoot()).stream().map(where::concat).toList()));
    }

    /**
     * Every sideways scroll bar shown under {@code node}, named by what it scrolls. The row of relevant
     * goals in Vurdering is a sideways list, walked with the arrow keys: it scrolls by design.
     */
    static List<String> sidewaysScrollBars(Node node) {
        List<String> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
            Node owner = bar.getParent();
            while (owner != null && !(owner instanceof javafx.scene.control.Control)) {
                owner = owner.getParent();
            }
            boolean goalRow = owner instanceof ListView<?> list && list.getOrientation() == javafx.geometry.Orientation.HORIZONTAL;
            if (!goalRow) {
                found.add("a sideways scroll bar in " + (owner == null ? "the window"
                        : owner.getId() != null ? "#" + owner.getId() : owner.getClass().getSimpleName()));
            }
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(sidewaysScrollBars(child));
            }
        }
        return found;
    }

    private static <T> T onFx(java.util.function.Supplier<T> value) {
        return no.baerekraftsjekk.ui.FxTesting.get(value);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
