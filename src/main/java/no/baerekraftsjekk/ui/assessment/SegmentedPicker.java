package no.baerekraftsjekk.ui.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * A row of segments of which at most one is chosen (Ingen / Liten / Middels / Stor). One tab stop
 * for the whole row: Left/Right or the digits 1–n choose, Delete clears; the mouse clicks a segment.
 * Screen readers hear the name and the chosen value.
 */
public final class SegmentedPicker<T> extends HBox {
    private final List<T> values;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final ToggleGroup group = new ToggleGroup();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final String name;
    private final Function<T, String> labeller;
    private final Texts texts;
    private boolean updating;
    private Function<Integer, T> fromDigit = d -> null;

    public SegmentedPicker(Texts texts, String name, List<T> values, Function<T, String> labeller,
            Function<T, String> explainer) {
        this.texts = texts;
        this.name = name;
        this.values = List.copyOf(values);
        this.labeller = labeller;
        this.fromDigit = d -> d >= 1 && d <= this.values.size() ? this.values.get(d - 1) : null;
        getStyleClass().add("segmented-picker");
        setFocusTraversable(true);
        // Hug the segments, so the focus ring is drawn around them and not across the form.
        setMaxWidth(USE_PREF_SIZE);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(texts.get("a11y.picker.help"));
        for (T v : values) {
            ToggleButton button = new ToggleButton(labeller.apply(v));
            button.setFocusTraversable(false);
            button.setMnemonicParsing(false);
            button.setToggleGroup(group);
            button.setUserData(v);
            button.getStyleClass().addAll("segment", "segment-" + buttons.size());
            if (explainer != null) {
                Tooltip tip = new Tooltip(explainer.apply(v));
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                button.setTooltip(tip);
            }
            button.setOnAction(e -> {
                value.set(button.isSelected() ? v : null);
                requestFocus();
            });
            buttons.add(button);
        }
        getChildren().setAll(buttons);
        value.addListener((obs, old, now) -> showValue(now));
        showValue(null);
        setOnKeyPressed(e -> {
            int index = value.get() == null ? -1 : this.values.indexOf(value.get());
            KeyCode code = e.getCode();
            if (code == KeyCode.RIGHT) {
                value.set(this.values.get(Math.min(index + 1, this.values.size() - 1)));
            } else if (code == KeyCode.LEFT) {
                value.set(this.values.get(Math.max(index - 1, 0)));
            } else if (code.isDigitKey() && fromDigit.apply(digit(code)) != null) {
                value.set(fromDigit.apply(digit(code)));
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                value.set(null);
            } else {
                return;
            }
            e.consume();
        });
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    private void showValue(T now) {
        if (updating) {
            return;
        }
        updating = true;
        for (ToggleButton b : buttons) {
            b.setSelected(Objects.equals(b.getUserData(), now));
        }
        updating = false;
        String chosen = now == null ? texts.get("assessment.picker.none") : labeller.apply(now);
        setAccessibleText(texts.get("assessment.picker.accessible", name, chosen));
    }

    /** Which value a digit key chooses (default: 1 the first); effect levels use 0–3 as themselves. */
    public void setDigitMapping(Function<Integer, T> mapping) {
        this.fromDigit = Objects.requireNonNull(mapping);
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    public void setValue(T v) {
        value.set(v);
    }

    List<ToggleButton> buttons() {
        return buttons;
    }
}
