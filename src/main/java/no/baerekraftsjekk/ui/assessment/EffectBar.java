package no.baerekraftsjekk.ui.assessment;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * One effect drawn as three blocks filled up to its level (0–3) with the level in words beside it,
 * so the picture never depends on colour alone. Positive and negative are always two bars, never netted.
 */
public final class EffectBar extends HBox {
    private final Rectangle[] blocks = new Rectangle[3];
    private final Label words = new Label();
    private final boolean negative;
    private final Texts texts;

    public EffectBar(Texts texts, boolean negative, double blockWidth, double blockHeight) {
        super(3);
        this.texts = texts;
        this.negative = negative;
        getStyleClass().addAll("effect-bar", negative ? "effect-negative" : "effect-positive");
        setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new Rectangle(blockWidth, blockHeight);
            blocks[i].getStyleClass().add("effect-block");
            getChildren().add(blocks[i]);
        }
        words.getStyleClass().add("effect-words");
        words.setStyle("-fx-min-width: 4.6em;");
        getChildren().add(words);
        setLevel(0);
    }

    /** @param level 0–3, or -1 when there is nothing to show (not assessed / not relevant) */
    public void setLevel(int level) {
        for (int i = 0; i < blocks.length; i++) {
            blocks[i].pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("filled"), i < level);
        }
        words.setText(level < 0 ? "" : texts.effect(level));
        String direction = texts.get(negative ? "assessment.rating.negative" : "assessment.rating.positive");
        setAccessibleText(level < 0 ? null : direction + ": " + texts.effect(level));
    }
}
