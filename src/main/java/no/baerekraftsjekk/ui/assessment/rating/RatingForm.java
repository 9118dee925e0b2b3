package no.baerekraftsjekk.ui.assessment.rating;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.SegmentedPicker;
import no.baerekraftsjekk.ui.assessment.SideColumn;

/** The rating of the selected goal: positive and negative side by side, certainty, horizon, targets, texts. */
final class RatingForm {
    private final RatingViewModel model;
    private final VBox form = new VBox(10);
    /** The form, and the guidance below it when the window is too narrow to have it beside. */
    private final VBox column = new VBox(16, form);
    private final ScrollPane scroll = new ScrollPane(column);
    private final Label goalHeading = new Label();
    private final SegmentedPicker<Integer> positive;
    private final AssessmentGuidance guidance;
    private final Texts texts;

    RatingForm(RatingViewModel model, Runnable afterLastGoal) {
        this.model = model;
        this.guidance = model.guidance();
        this.texts = guidance.texts();
        StepHelp help = model.guidance().steps();
        form.getStyleClass().add("rating-form");
        column.setPadding(new Insets(0, 12, 12, 4));
        scroll.setFitToWidth(true);
        Fields.followFocus(scroll);
        scroll.getStyleClass().add("edge-to-edge");
        HBox.setHgrow(scroll, Priority.ALWAYS);

        goalHeading.getStyleClass().add("rating-goal-heading");
        goalHeading.setId("ratingGoalHeading");
        goalHeading.setMaxWidth(Double.MAX_VALUE);
        goalHeading.setWrapText(true);
        model.selectedGoalProperty().addListener((obs, old, goal) -> {
            showGoal(goal.intValue());
            // After the focus has moved (which may scroll), show the new goal from its heading.
            scroll.setVvalue(0);
            javafx.application.Platform.runLater(() -> scroll.setVvalue(0));
        });

        List<Integer> levels = List.of(0, 1, 2, 3);
        positive = effectPicker("ratingPositive", texts.get("assessment.rating.positive"), levels, help);
        positive.valueProperty().bindBidirectional(model.positiveProperty());
        SegmentedPicker<Integer> negative = effectPicker("ratingNegative", texts.get("assessment.rating.negative"), levels, help);
        negative.valueProperty().bindBidirectional(model.negativeProperty());
        negative.getStyleClass().add("negative-picker");
        // Side by side where they fit, one under the other at a large text size (no sideways scrolling).
        no.baerekraftsjekk.ui.assessment.WrapRow effects = new no.baerekraftsjekk.ui.assessment.WrapRow(24,
                pickerBox(texts.get("assessment.rating.positive.label"), positive, v -> help.effectScale(v == null ? 0 : v)),
                pickerBox(texts.get("assessment.rating.negative.label"), negative, v -> help.effectScale(v == null ? 0 : v)));
        effects.getStyleClass().add("effects-row");

        SegmentedPicker<Certainty> certainty = new SegmentedPicker<>(texts, texts.get("assessment.rating.certainty"),
                Arrays.asList(Certainty.values()), texts::name, c -> help.certainty(c.name()));
        certainty.setId("ratingCertainty");
        certainty.valueProperty().bindBidirectional(model.certaintyProperty());
        SegmentedPicker<Horizon> horizon = new SegmentedPicker<>(texts, texts.get("assessment.rating.horizon"),
                Arrays.asList(Horizon.values()), texts::name, h -> help.horizon(h.name()));
        horizon.setId("ratingHorizon");
        horizon.valueProperty().bindBidirectional(model.horizonProperty());
        no.baerekraftsjekk.ui.assessment.WrapRow qualifiers = new no.baerekraftsjekk.ui.assessment.WrapRow(24,
                pickerBox(texts.get("assessment.rating.certainty.label"), certainty,
                        c -> c == null ? texts.get("assessment.rating.notChosen") : help.certainty(c.name())),
                pickerBox(texts.get("assessment.rating.horizon.label"), horizon,
                        h -> h == null ? texts.get("assessment.rating.notChosen") : help.horizon(h.name())));

        TextArea justification = Fields.textArea(texts.get("assessment.rating.justification.accessible"), 3);
        justification.setId("ratingJustification");
        justification.textProperty().bindBidirectional(model.justificationProperty());
        justification.setPromptText(texts.get("assessment.rating.justification.prompt"));
        TextArea measures = Fields.textArea(texts.get("assessment.rating.measures.accessible"), 2);
        measures.setId("ratingMeasures");
        measures.textProperty().bindBidirectional(model.measuresProperty());
        measures.setPromptText(texts.get("assessment.rating.measures.prompt"));

        Button nextGoal = new Button(texts.get("assessment.rating.nextGoal"));
        nextGoal.setId("nextGoal");
        nextGoal.setAccessibleText(texts.get("assessment.rating.nextGoal.accessible"));
        nextGoal.setOnAction(e -> {
            if (model.nextGoal()) {
                positive.requestFocus();
                // A mnemonic focuses its button after the action; take the focus back to the form.
                javafx.application.Platform.runLater(positive::requestFocus);
            } else {
                afterLastGoal.run();
            }
        });

        // The targets beside the two texts when the form is wide enough, so the required
        // «Begrunnelse» is in view without scrolling on a 768-pixel-high screen; below them when narrow.
        VBox targetsColumn = new VBox(4, Fields.label(texts.get("assessment.rating.targets"), targetsFilterAndList()), targets);
        VBox.setVgrow(targets, Priority.ALWAYS);
        VBox textsColumn = new VBox(4,
                Fields.label(texts.get("assessment.rating.justification"), justification), justification,
                Fields.label(texts.get("assessment.rating.measures"), measures), measures);
        HBox.setHgrow(targetsColumn, Priority.ALWAYS);
        HBox.setHgrow(textsColumn, Priority.ALWAYS);
        targetsColumn.setPrefWidth(0);
        textsColumn.setPrefWidth(0);
        HBox targetsAndTexts = new HBox(16, targetsColumn);
        VBox lower = new VBox(10, targetsAndTexts);
        new SideColumn(form, targetsAndTexts, lower, textsColumn, () -> TEXTS_BESIDE_TARGETS_EM * em(justification));

        form.getChildren().addAll(goalHeading, localGoalsBox(), effects, qualifiers, lower, nextGoal);
        showGoal(model.selectedGoalProperty().get());
    }

    /** The form's width, in the text's em, from which the targets and the texts stand side by side. */
    private static final double TEXTS_BESIDE_TARGETS_EM = 40;

    private VBox targets;

    private static double em(javafx.scene.control.TextInputControl control) {
        return control.getFont().getSize();
    }

    /**
     * The council's own goals linked to this UN goal, so the caseworker rates with the plan in
     * mind; a mark on those the assessment touches now. Hidden without a profile.
     */
    private Node localGoalsBox() {
        VBox box = new VBox(2);
        box.setId("ratingLocalGoals");
        box.getStyleClass().add("rating-local-goals");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (model.localGoals().isEmpty()) {
                return;
            }
            Label heading = new Label(texts.get("assessment.rating.localGoals"));
            heading.getStyleClass().add("rating-local-goals-heading");
            heading.setStyle("-fx-font-weight: bold;");
            box.getChildren().add(heading);
            for (RatingViewModel.LinkedLocalGoal linked : model.localGoals()) {
                String line = texts.get("assessment.rating.localGoal", linked.goal().id(), linked.goal().title());
                Label label = new Label(linked.touched() ? line + " " + texts.get("assessment.rating.localGoal.touched") : line);
                label.setWrapText(true);
                if (!linked.goal().description().isBlank()) {
                    label.setTooltip(new javafx.scene.control.Tooltip(linked.goal().description()));
                }
                box.getChildren().add(label);
            }
        };
        model.localGoals().addListener((javafx.collections.ListChangeListener<RatingViewModel.LinkedLocalGoal>) change -> fill.run());
        fill.run();
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.localGoals()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node targetsFilterAndList() {
        TextField filter = new TextField();
        filter.setId("targetFilter");
        filter.setPromptText(texts.get("assessment.rating.targets.filter"));
        filter.setAccessibleText(texts.get("assessment.rating.targets.filter.accessible"));
        filter.textProperty().bindBidirectional(model.targetFilterProperty());
        ListView<TargetOption> list = new ListView<>(model.visibleTargets());
        list.setId("targetList");
        list.setAccessibleText(texts.get("assessment.rating.targets.accessible"));
        list.setStyle("-fx-pref-height: 8.9em;");
        list.setCellFactory(view -> new TargetCell());
        // Space ticks the highlighted target, as in any check list.
        list.setOnKeyPressed(e -> {
            TargetOption option = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && option != null) {
                option.chosenProperty().set(!option.chosenProperty().get());
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        // Beside the texts the list grows to their height: more rows where the form has room.
        VBox.setVgrow(list, Priority.ALWAYS);
        targets = new VBox(4, filter, list);
        return filter;
    }

    /** A check-list row whose box is for the mouse; the keyboard ticks with Space on the list, one tab stop. */
    private final class TargetCell extends CheckBoxListCell<TargetOption> {
        TargetCell() {
            super(TargetOption::chosenProperty, new javafx.util.StringConverter<>() {
                @Override
                public String toString(TargetOption option) {
                    return option == null ? "" : option.toString();
                }

                @Override
                public TargetOption fromString(String s) {
                    return null;
                }
            });
            // A long target wraps onto a second line instead of widening the list sideways.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        public void updateItem(TargetOption item, boolean empty) {
            super.updateItem(item, empty);
            if (getGraphic() != null) {
                getGraphic().setFocusTraversable(false);
            }
            setAccessibleText(item == null || empty ? null : texts.get(item.chosenProperty().get()
                    ? "assessment.rating.target.chosen" : "assessment.rating.target.notChosen", item.toString()));
        }
    }

    private SegmentedPicker<Integer> effectPicker(String id, String name, List<Integer> levels, StepHelp help) {
        SegmentedPicker<Integer> picker = new SegmentedPicker<>(texts, name, levels, texts::effect, help::effectScale);
        picker.setId(id);
        picker.setDigitMapping(d -> d >= 0 && d <= 3 ? d : null);
        picker.getStyleClass().add("effect-picker");
        return picker;
    }

    private static <T> VBox pickerBox(String title, SegmentedPicker<T> picker, java.util.function.Function<T, String> explain) {
        Label label = Fields.label(title, picker);
        Label explanation = new Label();
        explanation.getStyleClass().add("scale-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(picker.valueProperty().map(explain).orElse(explain.apply(null)));
        picker.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, label, picker, explanation);
        box.setStyle("-fx-max-width: 30em;");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private void showGoal(int goal) {
        if (goal == RatingViewModel.NONE) {
            goalHeading.setText(texts.get("assessment.rating.noGoals"));
            goalHeading.setStyle("");
            form.getChildren().forEach(n -> n.setDisable(n != goalHeading));
            return;
        }
        form.getChildren().forEach(n -> n.setDisable(false));
        Goal g = model.guidance().goals().goal(goal);
        goalHeading.setText(guidance.goalName(g));
        goalHeading.setStyle("-fx-background-color: " + g.colour() + "; -fx-text-fill: "
                + ("white".equalsIgnoreCase(g.textColour()) ? "#ffffff" : "#000000") + ";");
    }

    Node node() {
        return scroll;
    }

    /** Where the guidance goes when it cannot stand beside the form: below it, in the same scroll. */
    VBox column() {
        return column;
    }

    /** The narrowest the form can be without cutting a picker. */
    double minFormWidth() {
        return form.minWidth(-1) + column.getPadding().getLeft() + column.getPadding().getRight();
    }

    void focusFirst() {
        positive.requestFocus();
    }
}
