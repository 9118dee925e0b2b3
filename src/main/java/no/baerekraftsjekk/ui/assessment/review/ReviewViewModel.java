package no.baerekraftsjekk.ui.assessment.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.ReviewStep;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.storage.council.CouncilUsers;
import no.baerekraftsjekk.storage.council.LibraryUser;
import no.baerekraftsjekk.storage.council.ReviewComment;
import no.baerekraftsjekk.storage.council.ReviewState;
import no.baerekraftsjekk.storage.council.Reviews;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.usecase.ReviewAssessment;

/**
 * The leader's review of the assessment open in the council library: what the connected user may
 * do now (ask for review; comment, return or approve), the comments, and the sentence that says
 * where the review stands. Offers only what the database would allow; where it refuses all the
 * same, its Norwegian message is shown. No window needed.
 */
public final class ReviewViewModel {
    private final AssessmentEditorViewModel editor;
    private final AssessmentLibrary library;
    private final Reviews reviews;
    private final CouncilUsers users;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final Clock clock;

    private final ObjectProperty<LibraryUser> me = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewState> state = new SimpleObjectProperty<>();
    private final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty commentText = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStep> commentStep = new SimpleObjectProperty<>(ReviewStep.ASSESSMENT);
    /** 0 for no goal. */
    private final ObjectProperty<Integer> commentGoal = new SimpleObjectProperty<>(0);

    private final BooleanBinding leads;
    private final BooleanBinding author;
    private final BooleanBinding canRequest;
    private final BooleanBinding canComment;
    private final BooleanBinding canReturn;
    private final BooleanBinding canApprove;
    private final StringBinding status;

    public ReviewViewModel(AssessmentEditorViewModel editor, AssessmentLibrary library, Reviews reviews, CouncilUsers users,
            BackgroundTasks tasks, Texts texts, Clock clock) {
        this.editor = editor;
        this.library = library;
        this.reviews = reviews;
        this.users = users;
        this.tasks = tasks;
        this.texts = texts;
        this.clock = clock;
        var assessment = editor.assessmentProperty();
        leads = Bindings.createBooleanBinding(() -> me.get() != null && me.get().leads(assessment.get().caseInfo().unit()), me, assessment);
        author = Bindings.createBooleanBinding(() -> me.get() != null && state.get() != null && state.get().isAuthor(me.get().login()),
                me, state);
        // The author asks (a leader of the unit too, for their own); a leader does not ask for others.
        var readOnly = editor.readOnlyProperty();
        canRequest = Bindings.createBooleanBinding(() -> me.get() != null && me.get().role().edits() && !readOnly.get()
                && (author.get() || !leads.get())
                && review().map(r -> r.status() == ReviewStatus.RETURNED).orElse(true), me, state, assessment, leads, author,
                readOnly);
        canComment = Bindings.createBooleanBinding(() -> leads.get() && !author.get() && isRequested(), leads, author, assessment);
        canReturn = canComment;
        canApprove = Bindings.createBooleanBinding(() -> canComment.get() && assessment.get().status() == Status.COMPLETE,
                canComment, assessment);
        status = Bindings.createStringBinding(this::describe, me, state, assessment, leads, author, readOnly);
    }

    private Optional<Review> review() {
        return editor.assessment().optionalReview();
    }

    private boolean isRequested() {
        return review().map(r -> r.status() == ReviewStatus.REQUESTED).orElse(false);
    }

    private String describe() {
        Optional<Review> review = review();
        if (review.isEmpty()) {
            return canRequest.get() ? texts.get("roles.review.none") : "";
        }
        Review r = review.get();
        String date = r.date() == null ? "" : date(r.date());
        return switch (r.status()) {
            case REQUESTED -> canComment.get()
                    ? (editor.assessment().status() == Status.COMPLETE ? texts.get("roles.review.requested.leader")
                            : texts.get("roles.review.requested.leaderDraft"))
                    : texts.get("roles.review.requested", date);
            case RETURNED -> texts.get("roles.review.returned", r.reviewer(), date);
            // Who only reads it is not told what a change would do.
            case APPROVED -> texts.get(editor.readOnlyProperty().get() ? "rolesui.review.approvedReadOnly" : "roles.review.approved",
                    r.reviewer(), date);
        };
    }

    /** Who is connected, what the database knows of the review, and the comments; off the FX thread. */
    public void load() {
        long id = editor.assessmentId();
        tasks.run(() -> {
            Optional<LibraryUser> user = users.me();
            // Readers and administrators have no right to read comments: not asked, so not refused.
            boolean readsComments = user.map(u -> u.role().edits()).orElse(true);
            return new Loaded(user, reviews.state(id), readsComments ? reviews.comments(id) : List.of());
        }).onSuccess(loaded -> {
            me.set(loaded.me().orElse(null));
            state.set(loaded.state().orElse(null));
            comments.setAll(loaded.comments());
        }).onFailure(LibraryException.class, e -> message.set(texts.explain(e))).start();
    }

    private record Loaded(Optional<LibraryUser> me, Optional<ReviewState> state, List<ReviewComment> comments) {
    }

    public void requestReview() {
        LocalDate today = LocalDate.now(clock);
        act(a -> ReviewAssessment.requested(a, today), texts.get("roles.review.done.requested"));
    }

    public void returnToAuthor() {
        LocalDate today = LocalDate.now(clock);
        String summary = texts.get("roles.review.returnedSummary", comments.size());
        act(a -> ReviewAssessment.returned(a, me.get().name(), today, summary), texts.get("roles.review.done.returned"));
    }

    public void approve() {
        LocalDate today = LocalDate.now(clock);
        act(a -> ReviewAssessment.approved(a, me.get().name(), today), texts.get("roles.review.done.approved"));
    }

    /** Adds the comment written in {@link #commentTextProperty()}, tied to the chosen step and goal. */
    public void addComment() {
        String text = commentText.get() == null ? "" : commentText.get().strip();
        if (text.isEmpty()) {
            message.set(texts.get("roles.review.emptyComment"));
            return;
        }
        long id = editor.assessmentId();
        ReviewStep step = commentStep.get();
        int goal = commentGoal.get() == null ? 0 : commentGoal.get();
        String name = me.get().name();
        busy.set(true);
        tasks.run(() -> reviews.comment(id, step, goal == 0 ? OptionalInt.empty() : OptionalInt.of(goal), text, name))
                .onSuccess(added -> {
                    comments.add(added);
                    commentText.set("");
                    message.set(texts.get("roles.review.done.comment"));
                })
                .onFailure(LibraryException.class, e -> message.set(texts.explain(e)))
                .andFinally(() -> busy.set(false)).start();
    }

    /** Stores what is typed, then saves the review's change on top of it, and shows what the library stored. */
    private void act(UnaryOperator<Assessment> change, String done) {
        busy.set(true);
        message.set("");
        long id = editor.assessmentId();
        editor.flushInBackground(flushed -> {
            if (!flushed) {
                busy.set(false);
                return;
            }
            Assessment changed = change.apply(editor.assessment());
            long base = editor.autosaver().storedVersion();
            tasks.run(() -> {
                StoredAssessment stored = library.save(id, base, changed);
                return new Saved(stored, reviews.state(id));
            }).onSuccess(saved -> {
                editor.takeStored(saved.stored().assessment(), saved.stored().version());
                state.set(saved.state().orElse(null));
                message.set(done);
            }).onFailure(LibraryException.class, e -> message.set(texts.explain(e)))
                    .andFinally(() -> busy.set(false)).start();
        });
    }

    private record Saved(StoredAssessment stored, Optional<ReviewState> state) {
    }

    /** A comment as a line: where it points, who wrote it and when, and the text. */
    public String line(ReviewComment comment) {
        String where = texts.get(no.baerekraftsjekk.ui.assessment.Step.valueOf(comment.step().name()).titleKey());
        if (comment.goal().isPresent()) {
            where = texts.get("roles.review.commentGoal", comment.goal().getAsInt(), where);
        }
        return texts.get("roles.review.commentLine", where, comment.authorName(),
                date(comment.written().atZone(clock.getZone()).toLocalDate()), comment.text());
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");

    private static String date(LocalDate value) {
        return DATE.format(value);
    }

    public BooleanBinding canRequestProperty() { return canRequest; }
    public BooleanBinding canCommentProperty() { return canComment; }
    public BooleanBinding canReturnProperty() { return canReturn; }
    public BooleanBinding canApproveProperty() { return canApprove; }
    public StringBinding statusProperty() { return status; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public ObservableList<ReviewComment> comments() { return comments; }
    public StringProperty commentTextProperty() { return commentText; }
    public ObjectProperty<ReviewStep> commentStepProperty() { return commentStep; }
    public ObjectProperty<Integer> commentGoalProperty() { return commentGoal; }
    public BooleanBinding authorProperty() { return author; }
}
