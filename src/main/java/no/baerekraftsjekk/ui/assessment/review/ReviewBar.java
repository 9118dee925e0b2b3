package no.baerekraftsjekk.ui.assessment.review;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.baerekraftsjekk.domain.ReviewStep;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.Step;

/**
 * The review (kvalitetssikring) under the editor's header: where it stands, the comments, and only
 * the buttons the connected user may use. Only binds; {@link ReviewViewModel} decides.
 */
public final class ReviewBar {
    private final VBox root = new VBox(6);

    public ReviewBar(ReviewViewModel model, Texts texts) {
        Label status = new Label();
        status.setId("reviewStatus");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);

        Button request = button("requestReview", texts.get("roles.review.request"), model.canRequestProperty());
        request.setOnAction(e -> model.requestReview());
        Button giveBack = button("returnReview", texts.get("roles.review.return"), model.canReturnProperty());
        giveBack.setOnAction(e -> model.returnToAuthor());
        Button approve = button("approveReview", texts.get("roles.review.approve"), model.canApproveProperty());
        approve.setOnAction(e -> model.approve());
        for (Button b : new Button[] {request, giveBack, approve}) {
            b.disableProperty().bind(model.busyProperty());
        }
        HBox top = new HBox(8, status, request, giveBack, approve);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox comments = new VBox(2);
        comments.setId("reviewComments");
        comments.getStyleClass().add("review-comments");
        model.comments().addListener((ListChangeListener<Object>) change -> {
            comments.getChildren().setAll(model.comments().stream().map(c -> {
                Label line = new Label(model.line(c));
                line.setWrapText(true);
                return line;
            }).toList());
        });
        comments.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.comments()));
        comments.managedProperty().bind(comments.visibleProperty());

        ChoiceBox<ReviewStep> step = new ChoiceBox<>();
        step.setId("reviewCommentStep");
        step.getItems().setAll(ReviewStep.values());
        step.setConverter(converter(s -> texts.get(Step.valueOf(s.name()).titleKey())));
        step.valueProperty().bindBidirectional(model.commentStepProperty());
        step.setAccessibleText(texts.get("roles.review.commentStep"));
        ChoiceBox<Integer> goal = new ChoiceBox<>();
        goal.setId("reviewCommentGoal");
        for (int g = 0; g <= 17; g++) {
            goal.getItems().add(g);
        }
        goal.setConverter(converter(g -> g == 0 ? texts.get("roles.review.noGoal") : texts.get("roles.review.goal", g)));
        goal.valueProperty().bindBidirectional(model.commentGoalProperty());
        goal.setAccessibleText(texts.get("roles.review.commentGoalLabel"));
        TextField text = new TextField();
        text.setId("reviewCommentText");
        text.setPromptText(texts.get("roles.review.commentPrompt"));
        text.setAccessibleText(texts.get("roles.review.commentPrompt"));
        text.textProperty().bindBidirectional(model.commentTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button(texts.get("roles.review.addComment"));
        add.setId("addReviewComment");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> model.addComment());
        text.setOnAction(e -> model.addComment());
        HBox write = new HBox(8, step, goal, text, add);
        write.setAlignment(Pos.CENTER_LEFT);
        write.visibleProperty().bind(model.canCommentProperty());
        write.managedProperty().bind(write.visibleProperty());

        Label message = new Label();
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        root.getChildren().setAll(top, comments, write, message);
        root.setId("reviewBar");
        root.getStyleClass().add("review-bar");
        root.setPadding(new Insets(6, 16, 6, 16));
        // Nothing to say and nothing to do (a reader, or before the user is known): no bar.
        root.visibleProperty().bind(model.statusProperty().isNotEmpty().or(model.canRequestProperty())
                .or(model.canCommentProperty()).or(javafx.beans.binding.Bindings.isNotEmpty(model.comments()))
                .or(model.messageProperty().isNotEmpty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    private static Button button(String id, String text, javafx.beans.binding.BooleanBinding shown) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(shown);
        return button;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> shown) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : shown.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public VBox root() {
        return root;
    }
}
