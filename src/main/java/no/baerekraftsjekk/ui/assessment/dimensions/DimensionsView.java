package no.baerekraftsjekk.ui.assessment.dimensions;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.EffectBar;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.StepView;

/** Step 4: for each dimension, the positive and the negative level as two bars, and a text area. */
public final class DimensionsView implements StepView {
    private final VBox box = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(box);
    private TextArea first;

    private final Texts texts;

    public DimensionsView(DimensionsViewModel model, Texts texts) {
        this.texts = texts;
        box.setPadding(new Insets(0, 12, 12, 2));
        scroll.setFitToWidth(true);
        Fields.followFocus(scroll);
        scroll.getStyleClass().add("edge-to-edge");
        Label origin = new Label(model.mappingOrigin());
        origin.setId("dimensionMappingOrigin");
        origin.getStyleClass().add("hint-text");
        origin.setWrapText(true);
        box.getChildren().add(origin);
        for (Dimension d : Dimension.values()) {
            box.getChildren().add(section(model, d));
        }
    }

    private Node section(DimensionsViewModel model, Dimension d) {
        Label name = new Label(texts.longName(d));
        name.getStyleClass().add("dimension-name");
        EffectBar positive = new EffectBar(texts, false, 48, 18);
        EffectBar negative = new EffectBar(texts, true, 48, 18);
        Runnable show = () -> {
            DimensionLevel level = model.levelProperty(d).get();
            positive.setLevel(level.positive());
            negative.setLevel(level.negative());
        };
        show.run();
        model.levelProperty(d).addListener((obs, o, n) -> show.run());
        GridPane bars = new GridPane();
        bars.setHgap(10);
        bars.setVgap(4);
        bars.addRow(0, barLabel("assessment.rating.positive"), positive);
        bars.addRow(1, barLabel("assessment.rating.negative"), negative);
        bars.setId("dimensionBars" + d.name());

        TextArea text = Fields.textArea(texts.get("assessment.dimensions.text.accessible", texts.longName(d)), 3);
        text.setId("dimensionText" + d.name());
        text.textProperty().bindBidirectional(model.textProperty(d));
        text.setPromptText(texts.get("assessment.dimensions.text.prompt"));
        if (first == null) {
            first = text;
        }
        Label feeds = new Label();
        feeds.setId("dimensionGoals" + d.name());
        feeds.getStyleClass().add("hint-text");
        feeds.setWrapText(true);
        feeds.textProperty().bind(model.feedsProperty(d));
        // As wide as the bars: the list wraps under them instead of pushing the text area aside.
        feeds.maxWidthProperty().bind(bars.widthProperty().map(w -> Math.max(w.doubleValue(), 220)));
        VBox left = new VBox(8, name, bars, feeds);
        left.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(4, Fields.label(texts.get("assessment.dimensions.text." + d.name()), text), text);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(24, left, right);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("dimension-row");
        return row;
    }

    private Label barLabel(String key) {
        Label label = new Label(texts.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void shown() {
        first.requestFocus();
    }
}
