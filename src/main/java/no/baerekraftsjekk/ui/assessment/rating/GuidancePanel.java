package no.baerekraftsjekk.ui.assessment.rating;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.guidance.GoalGuidance;
import no.baerekraftsjekk.domain.text.Texts;

/** Beside the form: what the goal means for a council, questions to ask, typical effects, and live hints. */
final class GuidancePanel {
    private final RatingViewModel model;
    private final Texts texts;
    private final VBox content = new VBox(8);
    private final VBox hints = new VBox(8);
    /** Holds the guidance while it stands beside the form; empty (and the scroll hidden) while it is below. */
    private final VBox beside = new VBox();
    private final ScrollPane scroll = new ScrollPane(beside);

    GuidancePanel(RatingViewModel model) {
        this.model = model;
        this.texts = model.guidance().texts();
        content.getStyleClass().add("guidance-panel");
        scroll.setFitToWidth(true);
        // In em, to grow with the text size.
        scroll.setStyle("-fx-pref-width: 22.9em; -fx-min-width: 18.6em;");
        scroll.getStyleClass().add("guidance-scroll");
        scroll.setAccessibleText(texts.get("assessment.rating.guidance.accessible"));
        scroll.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(beside.getChildren()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        content.setAccessibleText(texts.get("assessment.rating.guidance.accessible"));
        model.goalGuidanceProperty().addListener((obs, old, now) -> show(now));
        model.hints().addListener((ListChangeListener<Hint>) c -> showHints());
        show(model.goalGuidanceProperty().get());
    }

    /** The scroll pane beside the form. */
    Node node() {
        return scroll;
    }

    /** Where the guidance stands when beside the form. */
    VBox beside() {
        return beside;
    }

    /** The guidance itself, which moves between beside and below the form. */
    VBox content() {
        return content;
    }

    /** The width the guidance takes beside the form. */
    double widthBeside() {
        return scroll.prefWidth(-1);
    }

    private void show(GoalGuidance guidance) {
        content.getChildren().clear();
        if (guidance == null) {
            return;
        }
        heading(texts.get("assessment.rating.guidance.meaning"));
        paragraph(guidance.meaning());
        bullets(texts.get("assessment.rating.guidance.questions"), guidance.questions());
        bullets(texts.get("assessment.rating.guidance.positive"), guidance.positiveEffects());
        bullets(texts.get("assessment.rating.guidance.negative"), guidance.negativeEffects());
        glossaryLinks(model.glossaryTermsIn(guidance));
        content.getChildren().add(hints);
        showHints();
    }

    private void showHints() {
        hints.getChildren().clear();
        for (Hint hint : model.hints()) {
            Label text = new Label(model.guidance().reference().hintText(hint));
            text.setWrapText(true);
            Button look = new Button(texts.get("assessment.hint.look", hint.overlookedGoal(),
                    model.goalTitle(hint.overlookedGoal())));
            look.setWrapText(true);
            look.getStyleClass().add("link-button");
            look.setOnAction(e -> model.showInScreening(hint.overlookedGoal()));
            look.setAccessibleText(look.getText());
            Label title = new Label(texts.get("assessment.hint.title"));
            title.getStyleClass().add("hint-title");
            VBox box = new VBox(4, title, text, look);
            box.getStyleClass().add("hint-box");
            hints.getChildren().add(box);
        }
    }

    private void glossaryLinks(List<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        heading(texts.get("assessment.rating.guidance.terms"));
        javafx.scene.layout.FlowPane links = new javafx.scene.layout.FlowPane(6, 2);
        for (String term : terms) {
            Button link = new Button(term);
            link.getStyleClass().add("link-button");
            link.setAccessibleText(texts.get("assessment.rating.guidance.term.accessible", term));
            link.setOnAction(e -> model.showInGlossary(term));
            links.getChildren().add(link);
        }
        content.getChildren().add(links);
    }

    private void heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("guidance-heading");
        label.setWrapText(true);
        content.getChildren().add(label);
    }

    private void paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        content.getChildren().add(label);
    }

    private void bullets(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        heading(title);
        for (String item : items) {
            paragraph("• " + item);
        }
    }
}
