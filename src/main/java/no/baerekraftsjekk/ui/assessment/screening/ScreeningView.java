package no.baerekraftsjekk.ui.assessment.screening;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Step;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.StepView;

/** Step 2, Screening: the 17 tiles in a grid, keyboard first (arrows, D/I/N), and the progress. */
public final class ScreeningView implements StepView {
    /** At most this many tiles a row: 17 goals in rows of six leave three rows on a wide window. */
    static final int MAX_COLUMNS = 6;
    private static final double GAP = 8;

    private final ScreeningViewModel model;
    private final Map<Integer, GoalTile> tiles = new HashMap<>();
    private final TilePane grid = new TilePane();
    private final VBox box;
    private final NotRelevantReasons reasons;

    private final Texts texts;

    public ScreeningView(ScreeningViewModel model, AssessmentGuidance guidance) {
        this.texts = guidance.texts();
        this.model = model;
        grid.getStyleClass().add("goal-grid");
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        // Room for the focus ring, drawn outside the tile, at the edges of the scroll pane.
        grid.setPadding(new javafx.geometry.Insets(3));
        // As many columns as the width holds, the tiles sharing the width: no sideways scrolling.
        grid.widthProperty().addListener((obs, old, width) -> reflow(width.doubleValue()));
        for (Goal goal : guidance.goals().all()) {
            GoalTile tile = new GoalTile(goal, guidance, model::setRelevance);
            tile.show(model.relevanceProperty(goal.number()).get());
            model.relevanceProperty(goal.number()).addListener((obs, old, now) -> tile.show(now));
            tile.setOnKeyPressed(e -> {
                var relevance = ScreeningKeys.relevanceFor(e.getCode());
                if (relevance.isPresent()) {
                    model.setRelevance(goal.number(), relevance.get());
                    // Straight on to the next goal: seventeen keys screen the whole case.
                    focus(Math.min(goal.number() + 1, Goal.LAST));
                    e.consume();
                    return;
                }
                ScreeningKeys.move(goal.number(), e.getCode(), columns()).ifPresent(target -> {
                    focus(target);
                    e.consume();
                });
            });
            tile.setOnMouseClicked(e -> tile.requestFocus());
            tiles.put(goal.number(), tile);
            grid.getChildren().add(tile);
        }

        Label progress = new Label();
        progress.setId("screeningProgress");
        progress.getStyleClass().add("screening-progress");
        progress.textProperty().bind(model.screenedProperty().map(n -> texts.get("assessment.screening.progress", n)));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.screenedProperty().map(n -> n.doubleValue() / Goal.COUNT));
        // In em, to grow with the text size.
        bar.setStyle("-fx-pref-width: 14.3em; -fx-min-width: 8.6em;");
        bar.setAccessibleText(texts.get("assessment.screening.progress.accessible"));
        Label keys = new Label(texts.get("assessment.screening.keys"));
        keys.getStyleClass().add("hint-text");
        keys.setWrapText(true);
        progress.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox status = new HBox(16, progress, bar);
        status.setAlignment(Pos.CENTER_LEFT);
        // Below the progress, with the whole width to wrap in: at a large text size it is never cut.
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        reasons = new NotRelevantReasons(model, guidance);
        ScrollPane scroll = new ScrollPane(new VBox(16, grid, reasons.node()));
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        Fields.followFocus(scroll);
        box = new VBox(10, status, keys, scroll);

        model.editor().goalFocusProperty().addListener((obs, old, focus) -> {
            if (focus != null && focus.step() == Step.SCREENING) {
                focus(focus.goal());
            }
        });
    }

    private void reflow(double width) {
        GoalTile first = tiles.get(Goal.FIRST);
        if (width <= 0 || first == null) {
            return;
        }
        double inside = width - grid.snappedLeftInset() - grid.snappedRightInset();
        // The tile's narrowest comes from the stylesheet in em, so larger text gives fewer columns.
        double narrowest = first.minWidth(-1);
        int columns = (int) Math.clamp(Math.floor((inside + GAP) / (narrowest + GAP)), 1, MAX_COLUMNS);
        double tileWidth = Math.floor((inside - (columns - 1) * GAP) / columns);
        grid.setPrefColumns(columns);
        grid.setPrefTileWidth(Math.max(narrowest, tileWidth));
    }

    /** The columns the tiles stand in now, for the arrow keys. */
    int columns() {
        return Math.max(1, grid.getPrefColumns());
    }

    private void focus(int goal) {
        tiles.get(goal).requestFocus();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void shown() {
        AssessmentEditorViewModel.GoalFocus focus = model.editor().goalFocusProperty().get();
        if (focus != null && focus.step() == Step.SCREENING) {
            focus(focus.goal());
            return;
        }
        // Start at the first goal not screened yet, so returning to the step continues the work.
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (model.relevanceProperty(goal).get() == null) {
                focus(goal);
                return;
            }
        }
        focus(Goal.FIRST);
    }
}
