package no.baerekraftsjekk.ui.assessment.alternatives;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.AlternativeColumn;
import no.baerekraftsjekk.domain.analysis.CaseAnalysis;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.domain.analysis.GoalComparison;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;

/**
 * The alternatives side by side: for every goal that matters in any of them, the positive and the
 * negative effect of each (never netted), a difference that matters marked in words and not by colour
 * alone; each alternative's conflicts and how many are weighed, and its dimensions. Below, the
 * recommended alternative and why. Rebuilt from the case's analysis on every change.
 */
public final class ComparisonView {
    private final AssessmentEditorViewModel editor;
    private final AlternativesViewModel model;
    private final AssessmentGuidance guidance;
    private final Texts texts;
    private final GridPane table = new GridPane();
    private final ChoiceBox<String> recommended = new ChoiceBox<>();
    private final TextArea reason = new TextArea();
    private final VBox root;
    private boolean pulling;

    public ComparisonView(AssessmentEditorViewModel editor, AlternativesViewModel model, AssessmentGuidance guidance) {
        this.editor = editor;
        this.model = model;
        this.guidance = guidance;
        this.texts = guidance.texts();
        table.setId("comparisonTable");
        table.getStyleClass().add("comparison-table");
        table.setHgap(16);
        table.setVgap(6);
        recommended.setId("recommendedAlternative");
        recommended.setAccessibleText(texts.get("alternatives.window.recommended"));
        reason.setId("recommendationReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.setAccessibleText(texts.get("alternatives.window.reason"));
        recommended.valueProperty().addListener((obs, o, v) -> {
            if (!pulling && v != null) {
                model.recommend(v);
            }
        });
        reason.textProperty().addListener((obs, o, v) -> {
            if (!pulling) {
                model.recommendationReason(v);
            }
        });
        Label heading = new Label(texts.get("alternatives.window.comparison"));
        heading.getStyleClass().add("step-heading");
        Label help = new Label(texts.get("alternatives.window.comparison.help"));
        help.setWrapText(true);
        Label recommendationHeading = new Label(texts.get("alternatives.window.recommendation"));
        recommendationHeading.getStyleClass().add("section-heading");
        Label recommendedLabel = new Label(texts.get("alternatives.window.recommended"));
        recommendedLabel.setLabelFor(recommended);
        Label reasonLabel = new Label(texts.get("alternatives.window.reason"));
        reasonLabel.setLabelFor(reason);
        VBox content = new VBox(12, heading, help, table, recommendationHeading, recommendedLabel, recommended,
                reasonLabel, reason);
        content.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root = new VBox(scroll);
        root.setId("comparisonView");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        refresh();
        // The whole case is set after its analysis: listening to it, both are the same value's.
        editor.wholeCaseProperty().addListener((obs, o, v) -> refresh());
    }

    public Node node() {
        return root;
    }

    private void refresh() {
        CaseAnalysis analysis = editor.caseAnalysisProperty().get();
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        if (analysis == null) {
            return;
        }
        List<AlternativeColumn> columns = analysis.comparison().columns();
        // Goal names and the difference column wrap; each alternative gets an equal share of the rest.
        table.getColumnConstraints().add(percent(24));
        for (int c = 0; c < columns.size(); c++) {
            table.getColumnConstraints().add(percent(58.0 / columns.size()));
        }
        table.getColumnConstraints().add(percent(18));
        int row = 0;
        table.add(header(texts.get("alternatives.window.goal")), 0, row);
        for (int c = 0; c < columns.size(); c++) {
            AlternativeColumn column = columns.get(c);
            table.add(header(column.zero() ? texts.get("alternatives.window.zeroLabel", column.label()) : column.label()), c + 1, row);
        }
        table.add(header(texts.get("alternatives.window.difference")), columns.size() + 1, row);
        for (GoalComparison goal : analysis.comparison().goals()) {
            row++;
            table.add(wrapping(guidance.goalName(goal.goal())), 0, row);
            for (int c = 0; c < columns.size(); c++) {
                Label cell = wrapping(texts.get("alternatives.window.effects", texts.effect(goal.positive().get(c)),
                        texts.effect(goal.negative().get(c))));
                cell.getStyleClass().add("comparison-cell");
                if (goal.negative().get(c) > 0) {
                    cell.getStyleClass().add("comparison-harm");
                }
                table.add(cell, c + 1, row);
            }
            Label difference = wrapping(differenceText(goal));
            difference.getStyleClass().add("comparison-difference");
            table.add(difference, columns.size() + 1, row);
        }
        row++;
        table.add(header(texts.get("alternatives.window.conflicts")), 0, row);
        for (int c = 0; c < columns.size(); c++) {
            AlternativeColumn column = columns.get(c);
            table.add(wrapping(texts.get("alternatives.window.conflictCounts", column.conflicts(), column.handled(),
                    column.needingHandling())), c + 1, row);
        }
        for (Dimension dimension : Dimension.values()) {
            row++;
            table.add(header(texts.name(dimension)), 0, row);
            for (int c = 0; c < columns.size(); c++) {
                DimensionLevel level = columns.get(c).level(dimension);
                table.add(wrapping(texts.get("alternatives.window.effects", texts.effect(level.positive()),
                        texts.effect(level.negative()))), c + 1, row);
            }
        }
        row++;
        table.add(header(texts.get("alternatives.window.ready")), 0, row);
        for (int c = 0; c < columns.size(); c++) {
            table.add(new Label(texts.get(columns.get(c).ready() ? "alternatives.window.ready.yes" : "alternatives.window.ready.no")),
                    c + 1, row);
        }
        pullRecommendation();
    }

    private String differenceText(GoalComparison goal) {
        if (goal.positiveDiffers() && goal.negativeDiffers()) {
            return texts.get("alternatives.window.difference.both");
        }
        if (goal.negativeDiffers()) {
            return texts.get("alternatives.window.difference.negative");
        }
        if (goal.positiveDiffers()) {
            return texts.get("alternatives.window.difference.positive");
        }
        return "";
    }

    private void pullRecommendation() {
        pulling = true;
        try {
            List<String> labels = model.alternatives().stream().map(Alternative::label).toList();
            if (!recommended.getItems().equals(labels)) {
                recommended.getItems().setAll(labels);
            }
            String chosen = model.recommendation().alternative();
            recommended.setValue(chosen.isEmpty() ? null : chosen);
            if (!reason.getText().equals(model.recommendation().reason())) {
                reason.setText(model.recommendation().reason());
            }
        } finally {
            pulling = false;
        }
    }

    private static javafx.scene.layout.ColumnConstraints percent(double width) {
        javafx.scene.layout.ColumnConstraints constraints = new javafx.scene.layout.ColumnConstraints();
        constraints.setPercentWidth(width);
        return constraints;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("comparison-header");
        return label;
    }
}
