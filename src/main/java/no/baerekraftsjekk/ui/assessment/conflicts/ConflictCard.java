package no.baerekraftsjekk.ui.assessment.conflicts;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Fields;

/** One goal conflict or conflict within a goal: what clashes, how strongly, and the two text areas. */
final class ConflictCard extends VBox {
    private final TextArea handling;

    private final Texts texts;

    ConflictCard(ConflictItem item, ConflictsViewModel model, AssessmentGuidance guidance) {
        this.texts = guidance.texts();
        super(6);
        getStyleClass().add("conflict-card");
        String key = item.goals().stream().map(String::valueOf).reduce((a, b) -> a + "_" + b).orElse("");
        setId("conflict" + key);

        Label title = new Label(title(item, guidance));
        title.getStyleClass().add("conflict-title");
        title.setWrapText(true);
        Label severity = new Label();
        severity.getStyleClass().add("conflict-severity");
        Label state = new Label();
        state.getStyleClass().add("conflict-state");
        Runnable showState = () -> {
            severity.setText(item.orphanedProperty().get() ? texts.get("assessment.conflicts.orphaned")
                    : texts.get("assessment.conflicts.severity", texts.effect(item.severityProperty().get()))
                    + (item.crossDimensionProperty().get() ? " · " + texts.get("assessment.conflicts.crossDimension") : ""));
            boolean attention = !item.handledProperty().get() && item.requiredProperty().get();
            state.setText(item.handledProperty().get() ? "✓ " + texts.get("assessment.conflicts.handled")
                    : attention ? "! " + texts.get("assessment.conflicts.unhandled")
                    : texts.get("assessment.conflicts.optional"));
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("attention"), attention);
        };
        showState.run();
        item.severityProperty().addListener((o, a, b) -> showState.run());
        item.handledProperty().addListener((o, a, b) -> showState.run());
        item.orphanedProperty().addListener((o, a, b) -> showState.run());
        item.requiredProperty().addListener((o, a, b) -> showState.run());
        item.crossDimensionProperty().addListener((o, a, b) -> showState.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, state);
        top.setAlignment(Pos.TOP_LEFT);

        FlowPane ratings = new FlowPane(12, 4);
        for (int goal : item.goals()) {
            Button link = new Button(texts.get("assessment.conflicts.goalRatings", goal, model.ratingsOf(goal)));
            link.getStyleClass().add("link-button");
            link.setAccessibleText(texts.get("assessment.conflicts.toRating", goal, link.getText()));
            link.setOnAction(e -> model.showRating(goal));
            model.majorConflicts().addListener((javafx.collections.ListChangeListener<ConflictItem>) c ->
                    link.setText(texts.get("assessment.conflicts.goalRatings", goal, model.ratingsOf(goal))));
            ratings.getChildren().add(link);
        }

        // Who gains and who loses, in words from the domain: the same sentence the report uses.
        Label sides = new Label();
        sides.getStyleClass().add("conflict-sides");
        sides.setWrapText(true);
        sides.textProperty().bind(item.sidesProperty());
        sides.visibleProperty().bind(item.sidesProperty().isNotEmpty().and(item.orphanedProperty().not()));
        sides.managedProperty().bind(sides.visibleProperty());

        String conflictName = title.getText();
        handling = Fields.textArea(texts.get("assessment.conflicts.handling.accessible", conflictName), 3);
        handling.setId("handling" + key);
        handling.textProperty().bindBidirectional(item.handlingProperty());
        handling.setPromptText(texts.get("assessment.conflicts.handling.prompt"));
        TextArea mitigation = Fields.textArea(texts.get("assessment.conflicts.mitigation.accessible", conflictName), 2);
        mitigation.setId("mitigation" + key);
        mitigation.textProperty().bindBidirectional(item.mitigationProperty());
        mitigation.setPromptText(texts.get("assessment.conflicts.mitigation.prompt"));

        getChildren().addAll(top, severity, sides, ratings,
                Fields.label(texts.get("assessment.conflicts.handling"), handling), handling,
                Fields.label(texts.get("assessment.conflicts.mitigation"), mitigation), mitigation);
    }

    private String title(ConflictItem item, AssessmentGuidance guidance) {
        Goal first = guidance.goals().goal(item.goals().getFirst());
        if (item.goals().size() == 1) {
            return texts.get("assessment.conflicts.withinTitle", first.number(), guidance.goalTitle(first.number()));
        }
        Goal second = guidance.goals().goal(item.goals().get(1));
        return texts.get("assessment.conflicts.pairTitle", first.number(), guidance.goalTitle(first.number()), second.number(), guidance.goalTitle(second.number()));
    }

    TextArea handlingArea() {
        return handling;
    }
}
