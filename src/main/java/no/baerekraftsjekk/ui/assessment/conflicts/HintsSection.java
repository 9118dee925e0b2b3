package no.baerekraftsjekk.ui.assessment.conflicts;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;

/**
 * The trade-off hints, before the conflicts: each open hint with a way to look at the goal again and
 * «Vurdert – ikke aktuelt» with an optional reason; the dismissed ones collapsed below, each with
 * «Vis igjen».
 */
final class HintsSection extends VBox {
    private final ConflictsViewModel model;
    private final AssessmentGuidance guidance;
    private final Texts texts;
    private final VBox open = new VBox(8);
    private final TitledPane dismissedPane = new TitledPane();
    private final VBox dismissed = new VBox(6);

    HintsSection(ConflictsViewModel model, AssessmentGuidance guidance) {
        super(8);
        this.model = model;
        this.guidance = guidance;
        this.texts = guidance.texts();
        setId("hints");
        dismissedPane.setId("dismissedHints");
        dismissedPane.setExpanded(false);
        dismissedPane.setAnimated(false);
        dismissedPane.setContent(dismissed);
        getChildren().addAll(open, dismissedPane);
        ListChangeListener<Hint> redraw = c -> redraw();
        model.openHints().addListener(redraw);
        model.dismissedHints().addListener(redraw);
        redraw();
    }

    private void redraw() {
        open.getChildren().clear();
        if (!model.openHints().isEmpty()) {
            Label intro = new Label(texts.get("conflicts.hints.intro"));
            intro.setWrapText(true);
            open.getChildren().addAll(ConflictsView.heading(texts.get("assessment.conflicts.group.hints", model.openHints().size())), intro);
            model.openHints().forEach(hint -> open.getChildren().add(openHint(hint)));
        }
        dismissed.getChildren().clear();
        model.dismissedHints().forEach(hint -> dismissed.getChildren().add(dismissedHint(hint)));
        dismissedPane.setText(texts.get("conflicts.hint.dismissed.heading", model.dismissedHints().size()));
        boolean any = !model.dismissedHints().isEmpty();
        dismissedPane.setVisible(any);
        dismissedPane.setManaged(any);
        boolean anything = any || !model.openHints().isEmpty();
        setVisible(anything);
        setManaged(anything);
    }

    private VBox openHint(Hint hint) {
        int goal = hint.overlookedGoal();
        String key = hint.goals().get(0) + "_" + hint.goals().get(1) + "_" + goal;
        Label text = new Label(guidance.reference().hintText(hint));
        text.setWrapText(true);
        Button look = new Button(texts.get("assessment.hint.look", goal, guidance.goalTitle(goal)));
        look.getStyleClass().add("link-button");
        look.setAccessibleText(texts.get("assessment.conflicts.hintLink.accessible", goal, guidance.goalTitle(goal)));
        look.setOnAction(e -> model.showScreening(goal));

        TextField reason = new TextField();
        reason.setId("hintReason" + key);
        reason.setPromptText(texts.get("conflicts.hint.reason"));
        reason.setAccessibleText(texts.get("conflicts.hint.reason.accessible", goal));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button dismiss = new Button(texts.get("conflicts.hint.dismiss"));
        dismiss.setId("dismissHint" + key);
        dismiss.setAccessibleText(texts.get("conflicts.hint.dismiss.accessible", goal, guidance.goalTitle(goal)));
        dismiss.setOnAction(e -> {
            int at = model.openHints().indexOf(hint);
            model.dismiss(hint, reason.getText());
            focusAfterDismissal(at);
        });
        reason.setOnAction(e -> dismiss.fire());
        HBox answer = new HBox(8, reason, dismiss);
        answer.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(4, text, look, answer);
        box.getStyleClass().add("hint-box");
        return box;
    }

    /**
     * The dismissed hint's controls are gone: the focus goes on to the hint that took its place (or the
     * one before), and to the dismissed ones when none is left, never back to the top of the window.
     */
    private void focusAfterDismissal(int at) {
        java.util.List<javafx.scene.Node> reasons = open.lookupAll(".text-field").stream().toList();
        if (!reasons.isEmpty()) {
            reasons.get(Math.min(Math.max(at, 0), reasons.size() - 1)).requestFocus();
        } else {
            dismissedPane.requestFocus();
        }
    }

    private VBox dismissedHint(Hint hint) {
        int goal = hint.overlookedGoal();
        String key = hint.goals().get(0) + "_" + hint.goals().get(1) + "_" + goal;
        Label line = new Label(texts.get("conflicts.hint.dismissed.line", goal, guidance.goalTitle(goal),
                ConflictsViewModel.gainingGoal(hint)));
        line.setWrapText(true);
        Button again = new Button(texts.get("conflicts.hint.showAgain"));
        again.setId("showHintAgain" + key);
        again.getStyleClass().add("link-button");
        again.setAccessibleText(texts.get("conflicts.hint.showAgain.accessible", goal, guidance.goalTitle(goal)));
        again.setOnAction(e -> {
            model.showAgain(hint);
            // Back to the hint, now open again, so the caseworker sees where it went.
            javafx.scene.Node reason = open.lookup("#hintReason" + key);
            (reason != null ? reason : dismissedPane).requestFocus();
        });
        HBox top = new HBox(12, line, again);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(line, Priority.ALWAYS);
        VBox box = new VBox(2, top);
        String reason = model.reasonOf(hint);
        if (!reason.isEmpty()) {
            Label because = new Label(texts.get("conflicts.hint.dismissed.reason", reason));
            because.setWrapText(true);
            because.getStyleClass().add("hint-reason");
            box.getChildren().add(because);
        }
        return box;
    }
}
