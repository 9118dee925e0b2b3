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
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.Texts;

/** One goal conflict or conflict within a goal: what clashes, how strongly, and the two text areas. */
final class ConflictCard extends VBox {
    private final TextArea handling;

    ConflictCard(ConflictItem item, ConflictsViewModel model, GoalCatalog goals) {
        super(6);
        getStyleClass().add("conflict-card");
        String key = item.goals().stream().map(String::valueOf).reduce((a, b) -> a + "_" + b).orElse("");
        setId("conflict" + key);

        Label title = new Label(title(item, goals));
        title.getStyleClass().add("conflict-title");
        title.setWrapText(true);
        Label severity = new Label();
        severity.getStyleClass().add("conflict-severity");
        Label state = new Label();
        state.getStyleClass().add("conflict-state");
        Runnable showState = () -> {
            severity.setText(item.orphanedProperty().get() ? Texts.get("assessment.conflicts.orphaned")
                    : Texts.get("assessment.conflicts.severity", Texts.effect(item.severityProperty().get()))
                    + (item.crossDimensionProperty().get() ? " · " + Texts.get("assessment.conflicts.crossDimension") : ""));
            state.setText(item.handledProperty().get() ? "✓ " + Texts.get("assessment.conflicts.handled")
                    : "! " + Texts.get("assessment.conflicts.unhandled"));
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("attention"), !item.handledProperty().get());
        };
        showState.run();
        item.severityProperty().addListener((o, a, b) -> showState.run());
        item.handledProperty().addListener((o, a, b) -> showState.run());
        item.orphanedProperty().addListener((o, a, b) -> showState.run());
        item.crossDimensionProperty().addListener((o, a, b) -> showState.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, state);
        top.setAlignment(Pos.TOP_LEFT);

        FlowPane ratings = new FlowPane(12, 4);
        for (int goal : item.goals()) {
            Button link = new Button(Texts.get("assessment.conflicts.goalRatings", goal, model.ratingsOf(goal)));
            link.getStyleClass().add("link-button");
            link.setAccessibleText(Texts.get("assessment.conflicts.toRating", goal, link.getText()));
            link.setOnAction(e -> model.showRating(goal));
            model.goalConflicts().addListener((javafx.collections.ListChangeListener<ConflictItem>) c ->
                    link.setText(Texts.get("assessment.conflicts.goalRatings", goal, model.ratingsOf(goal))));
            ratings.getChildren().add(link);
        }

        String conflictName = title.getText();
        handling = Fields.textArea(Texts.get("assessment.conflicts.handling.accessible", conflictName), 3);
        handling.setId("handling" + key);
        handling.textProperty().bindBidirectional(item.handlingProperty());
        handling.setPromptText(Texts.get("assessment.conflicts.handling.prompt"));
        TextArea mitigation = Fields.textArea(Texts.get("assessment.conflicts.mitigation.accessible", conflictName), 2);
        mitigation.setId("mitigation" + key);
        mitigation.textProperty().bindBidirectional(item.mitigationProperty());
        mitigation.setPromptText(Texts.get("assessment.conflicts.mitigation.prompt"));

        getChildren().addAll(top, severity, ratings,
                Fields.label(Texts.get("assessment.conflicts.handling"), handling), handling,
                Fields.label(Texts.get("assessment.conflicts.mitigation"), mitigation), mitigation);
    }

    private static String title(ConflictItem item, GoalCatalog goals) {
        Goal first = goals.goal(item.goals().getFirst());
        if (item.goals().size() == 1) {
            return Texts.get("assessment.conflicts.withinTitle", first.number(), first.titleNb());
        }
        Goal second = goals.goal(item.goals().get(1));
        return Texts.get("assessment.conflicts.pairTitle", first.number(), first.titleNb(), second.number(), second.titleNb());
    }

    TextArea handlingArea() {
        return handling;
    }
}
