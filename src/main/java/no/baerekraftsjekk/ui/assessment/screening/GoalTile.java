package no.baerekraftsjekk.ui.assessment.screening;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;

/**
 * One goal in the screening grid, drawn by the program (number and bokmål title on the goal's colour
 * in the reference text colour; no UN pictograms), with three buttons for the relevance. The tile
 * itself takes the keyboard focus; its buttons are for the mouse.
 */
final class GoalTile extends VBox {
    private final Goal goal;
    private final Map<Relevance, ToggleButton> buttons = new EnumMap<>(Relevance.class);

    private final AssessmentGuidance guidance;
    private final Texts texts;

    GoalTile(Goal goal, AssessmentGuidance guidance, BiConsumer<Integer, Relevance> onChoose) {
        this.guidance = guidance;
        this.texts = guidance.texts();
        this.goal = goal;
        setId("goalTile" + goal.number());
        getStyleClass().add("goal-tile");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleHelp(texts.get("assessment.screening.keys"));

        Label number = new Label(Integer.toString(goal.number()));
        number.getStyleClass().add("goal-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(guidance.goalTitle(goal.number()));
        title.getStyleClass().add("goal-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox face = new HBox(8, number, title);
        face.setAlignment(Pos.TOP_LEFT);
        face.getStyleClass().add("goal-face");
        face.setStyle("-fx-background-color: " + goal.colour() + ";");
        String text = "white".equalsIgnoreCase(goal.textColour()) ? "#ffffff" : "#000000";
        number.setStyle("-fx-text-fill: " + text + ";");
        title.setStyle("-fx-text-fill: " + text + ";");
        VBox.setVgrow(face, Priority.ALWAYS);

        HBox choices = new HBox(3);
        choices.getStyleClass().add("relevance-choices");
        choices.setAlignment(Pos.CENTER);
        for (Relevance relevance : Relevance.values()) {
            ToggleButton button = new ToggleButton(texts.name(relevance));
            button.setFocusTraversable(false);
            button.setMnemonicParsing(false);
            // Three equal buttons; "Ikke relevant" wraps onto two lines rather than being cut.
            button.setWrapText(true);
            button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Double.MAX_VALUE);
            // Its width in assessment.css, in em: it grows with the text size.
            HBox.setHgrow(button, Priority.ALWAYS);
            button.getStyleClass().addAll("relevance-choice", "relevance-" + relevance.name().toLowerCase(java.util.Locale.ROOT));
            button.setId("goal" + goal.number() + "_" + relevance.name());
            button.setOnAction(e -> {
                onChoose.accept(goal.number(), relevance);
                requestFocus();
            });
            buttons.put(relevance, button);
            choices.getChildren().add(button);
        }
        getChildren().setAll(face, choices);
        show(null);
    }

    void show(Relevance relevance) {
        buttons.forEach((r, b) -> b.setSelected(r == relevance));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unscreened"), relevance == null);
        String state = relevance == null ? texts.get("assessment.screening.notScreened") : texts.name(relevance);
        setAccessibleText(texts.get("assessment.screening.tile.accessible", goal.number(), guidance.goalTitle(goal.number()), state));
    }

    int goalNumber() {
        return goal.number();
    }
}
