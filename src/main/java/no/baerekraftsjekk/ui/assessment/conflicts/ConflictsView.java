package no.baerekraftsjekk.ui.assessment.conflicts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.StepView;

/**
 * Step 5: the conflicts in groups (between goals, within a goal, between dimensions), handlings that
 * no longer apply, and the hints. Cards are kept by their goals, so typing is never interrupted when
 * the analysis changes under the caseworker.
 */
public final class ConflictsView implements StepView {
    private final ConflictsViewModel model;
    private final AssessmentGuidance guidance;
    private final Texts texts;
    private final Map<List<Integer>, ConflictCard> cards = new HashMap<>();
    private final VBox box = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(box);
    private final VBox goalSection = new VBox(10);
    private final VBox withinSection = new VBox(10);
    private final VBox dimensionSection = new VBox(8);
    private final VBox orphanSection = new VBox(10);
    private final VBox hintSection = new VBox(8);
    private final Label empty;

    public ConflictsView(ConflictsViewModel model, AssessmentGuidance guidance) {
        this.guidance = guidance;
        this.texts = guidance.texts();
        this.empty = new Label(texts.get("assessment.conflicts.none"));
        this.model = model;
        box.setPadding(new Insets(0, 12, 12, 2));
        scroll.setFitToWidth(true);
        scroll.setId("conflictsStep");
        Fields.followFocus(scroll);
        scroll.getStyleClass().add("edge-to-edge");
        empty.setWrapText(true);
        empty.getStyleClass().add("conflicts-empty");
        box.getChildren().addAll(empty, goalSection, withinSection, dimensionSection, orphanSection, hintSection);
        ListChangeListener<Object> redraw = c -> redraw();
        model.goalConflicts().addListener(redraw);
        model.withinGoal().addListener(redraw);
        model.orphaned().addListener(redraw);
        model.dimensionConflicts().addListener(redraw);
        model.hints().addListener(redraw);
        redraw();
    }

    private void redraw() {
        cardSection(goalSection, "assessment.conflicts.group.GOALS", model.goalConflicts());
        cardSection(withinSection, "assessment.conflicts.group.WITHIN_GOAL", model.withinGoal());
        cardSection(orphanSection, "assessment.conflicts.group.orphaned", model.orphaned());
        dimensionSection();
        hintSection();
        empty.setVisible(model.goalConflicts().isEmpty() && model.withinGoal().isEmpty()
                && model.dimensionConflicts().isEmpty());
        empty.setManaged(empty.isVisible());
    }

    private void cardSection(VBox section, String headingKey, ObservableList<ConflictItem> items) {
        section.getChildren().clear();
        if (items.isEmpty()) {
            return;
        }
        section.getChildren().add(heading(texts.get(headingKey, items.size())));
        for (ConflictItem item : items) {
            section.getChildren().add(cards.computeIfAbsent(item.goals(), k -> new ConflictCard(item, model, guidance)));
        }
    }

    private void dimensionSection() {
        dimensionSection.getChildren().clear();
        if (model.dimensionConflicts().isEmpty()) {
            return;
        }
        dimensionSection.getChildren().add(heading(texts.get("assessment.conflicts.group.DIMENSIONS",
                model.dimensionConflicts().size())));
        for (Conflict conflict : model.dimensionConflicts()) {
            Label line = new Label(texts.get("assessment.conflicts.dimensionLine",
                    texts.longName(conflict.dimensions().get(0)), texts.longName(conflict.dimensions().get(1)),
                    texts.lower(texts.effect(conflict.severity())),
                    conflict.handled() ? texts.get("assessment.conflicts.dimensionHandled")
                            : texts.get("assessment.conflicts.dimensionUnhandled")));
            line.setWrapText(true);
            line.getStyleClass().add("dimension-conflict");
            line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("attention"), !conflict.handled());
            line.setFocusTraversable(false);
            dimensionSection.getChildren().add(line);
        }
    }

    private void hintSection() {
        hintSection.getChildren().clear();
        if (model.hints().isEmpty()) {
            return;
        }
        hintSection.getChildren().add(heading(texts.get("assessment.conflicts.group.hints", model.hints().size())));
        for (Hint hint : model.hints()) {
            Label text = new Label(guidance.reference().hintText(hint));
            text.setWrapText(true);
            int goal = hint.overlookedGoal();
            Button look = new Button(texts.get("assessment.hint.look", goal, guidance.goalTitle(goal)));
            look.getStyleClass().add("link-button");
            look.setWrapText(true);
            look.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            look.setAccessibleText(texts.get("assessment.conflicts.hintLink.accessible", goal, guidance.goalTitle(goal)));
            look.setOnAction(e -> model.showScreening(goal));
            VBox hintBox = new VBox(4, text, look);
            hintBox.getStyleClass().add("hint-box");
            hintSection.getChildren().add(hintBox);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void shown() {
        // Start at the strongest conflict that still needs a handling.
        for (ConflictItem item : model.goalConflicts()) {
            if (!item.handledProperty().get() && item.requiredProperty().get()) {
                cards.get(item.goals()).handlingArea().requestFocus();
                return;
            }
        }
        for (ConflictItem item : model.withinGoal()) {
            if (!item.handledProperty().get() && item.requiredProperty().get()) {
                cards.get(item.goals()).handlingArea().requestFocus();
                return;
            }
        }
        // All handled: start at the first card, so the caseworker can read through what was written.
        model.goalConflicts().stream().findFirst()
                .or(() -> model.withinGoal().stream().findFirst())
                .ifPresentOrElse(item -> cards.get(item.goals()).handlingArea().requestFocus(), scroll::requestFocus);
    }
}
