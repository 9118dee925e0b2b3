package no.baerekraftsjekk.ui.assessment.summary;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.SideColumn;
import no.baerekraftsjekk.ui.assessment.StepView;

/** Step 6: the picture of all goals, collaboration, conclusion, and "Ferdig" with what still blocks it. */
public final class SummaryView implements StepView {
    /** The narrowest the texts beside the picture may be, in the text's em. */
    private static final double TEXTS_EM = 22;
    private static final double SCROLL_BAR = 16;

    private final SummaryViewModel model;
    private final HBox box;
    private final ScrollPane scroll;
    private final VBox blockingBox = new VBox(4);
    private final Label blockingHeading = new Label();
    private final TextArea collaboration;

    private final Texts texts;

    /** «Kommuneplanens mål»: the touched local goals and which way the ratings behind each point, as the reports list them. */
    private VBox localGoals(SummaryViewModel model) {
        Label heading = new Label(texts.get("report.localGoals.heading"));
        heading.getStyleClass().add("section-heading");
        VBox lines = new VBox(2);
        lines.setId("summaryLocalGoals");
        Runnable fill = () -> {
            lines.getChildren().clear();
            if (model.touchedLocalGoals().isEmpty()) {
                lines.getChildren().add(new Label(texts.get("report.localGoals.none")));
            }
            for (var touched : model.touchedLocalGoals()) {
                Label line = new Label(texts.get("assessment.summary.localGoal", touched.goal().id(), touched.goal().title(),
                        texts.longName(touched.direction())));
                line.setWrapText(true);
                lines.getChildren().add(line);
            }
        };
        model.touchedLocalGoals().addListener((javafx.collections.ListChangeListener<Object>) change -> fill.run());
        fill.run();
        VBox box = new VBox(6, heading, lines);
        box.setMaxWidth(460);
        return box;
    }

    public SummaryView(SummaryViewModel model, AssessmentGuidance guidance) {
        this.texts = guidance.texts();
        this.model = model;
        GoalsPicture picture = new GoalsPicture(guidance);
        picture.show(model.editor().assessment());
        model.editor().assessmentProperty().addListener((obs, old, now) -> picture.show(now));
        Label pictureHeading = new Label(texts.get("assessment.summary.picture"));
        pictureHeading.getStyleClass().add("section-heading");
        VBox left = new VBox(8, pictureHeading, picture.node());
        if (model.hasPlan()) {
            left.getChildren().add(localGoals(model));
        }

        collaboration = Fields.textArea(texts.get("assessment.summary.collaboration.accessible"), 3);
        collaboration.setId("collaboration");
        collaboration.textProperty().bindBidirectional(model.collaborationProperty());
        collaboration.setPromptText(texts.get("assessment.summary.collaboration.prompt"));
        TextArea conclusion = Fields.textArea(texts.get("assessment.summary.conclusion.accessible"), 5);
        conclusion.setId("conclusion");
        conclusion.textProperty().bindBidirectional(model.conclusionProperty());
        conclusion.setPromptText(texts.get("assessment.summary.conclusion.prompt"));

        CheckBox complete = new CheckBox(texts.get("assessment.summary.complete"));
        complete.setId("complete");
        complete.getStyleClass().add("complete-switch");
        complete.setAccessibleText(texts.get("assessment.summary.complete.accessible"));
        complete.setSelected(model.completeProperty().get());
        model.completeProperty().addListener((obs, o, v) -> complete.setSelected(v));
        complete.setOnAction(e -> {
            if (!model.requestComplete(complete.isSelected())) {
                complete.setSelected(false);
                blockingBox.getChildren().stream().filter(n -> n instanceof Button).findFirst().ifPresent(Node::requestFocus);
            }
        });
        Label completeNote = new Label();
        completeNote.setWrapText(true);
        completeNote.getStyleClass().add("complete-note");
        completeNote.textProperty().bind(model.completeProperty().map(c -> c
                ? texts.get("assessment.summary.isComplete") : texts.get("assessment.summary.isDraft")));

        blockingHeading.getStyleClass().add("blocking-heading");
        blockingHeading.setWrapText(true);
        blockingBox.getStyleClass().add("blocking-box");
        blockingBox.setId("blockingReasons");
        model.blocking().addListener((ListChangeListener<BlockingReason>) c -> showBlocking());
        model.refusedProperty().addListener((obs, o, v) -> showBlocking());
        showBlocking();

        VBox right = new VBox(8,
                Fields.label(texts.get("assessment.summary.collaboration"), collaboration), collaboration,
                Fields.label(texts.get("assessment.summary.conclusion"), conclusion), conclusion,
                complete, completeNote, blockingBox);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setStyle("-fx-min-width: 18.6em;");
        box = new HBox(24, left, right);
        box.setPadding(new Insets(0, 12, 12, 2));
        // The padding goes around both places the texts can stand.
        VBox column = new VBox(24, box);
        column.setPadding(box.getPadding());
        box.setPadding(Insets.EMPTY);
        scroll = new ScrollPane(column);
        // The texts and «Ferdig» beside the picture when both fit, below it on a narrow window.
        new SideColumn(scroll, box, column, right, () -> left.prefWidth(-1) + box.getSpacing()
                + TEXTS_EM * collaboration.getFont().getSize() + column.getPadding().getLeft()
                + column.getPadding().getRight() + SCROLL_BAR);
        scroll.setFitToWidth(true);
        Fields.followFocus(scroll);
        scroll.getStyleClass().add("edge-to-edge");
    }

    private void showBlocking() {
        blockingBox.getChildren().clear();
        if (model.blocking().isEmpty()) {
            blockingBox.setVisible(false);
            blockingBox.setManaged(false);
            return;
        }
        blockingBox.setVisible(true);
        blockingBox.setManaged(true);
        blockingBox.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), model.refusedProperty().get());
        blockingHeading.setText(model.refusedProperty().get()
                ? texts.get("assessment.summary.refused", model.blocking().size())
                : texts.get("assessment.summary.blocking", model.blocking().size()));
        blockingBox.getChildren().add(blockingHeading);
        for (BlockingReason reason : model.blocking()) {
            Button link = new Button(texts.format(reason.message()));
            link.getStyleClass().add("link-button");
            link.setWrapText(true);
            link.setAccessibleText(texts.get("assessment.summary.fix.accessible", reason.message()));
            link.setOnAction(e -> model.fix(reason));
            blockingBox.getChildren().add(link);
        }
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void shown() {
        collaboration.requestFocus();
    }
}
