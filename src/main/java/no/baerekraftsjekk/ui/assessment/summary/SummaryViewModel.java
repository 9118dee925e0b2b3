package no.baerekraftsjekk.ui.assessment.summary;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.Step;
import no.baerekraftsjekk.usecase.CompleteAssessment;

/**
 * Step 6, Oppsummering: collaboration, conclusion and the status. "Ferdig" is refused while the
 * analysis lists blocking reasons; the reasons are kept up to date and each leads to where it is fixed.
 */
public final class SummaryViewModel {
    private final AssessmentEditorViewModel editor;
    private final CompleteAssessment completing;
    private final StringProperty collaboration = new SimpleStringProperty("");
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<BlockingReason> blocking = FXCollections.observableArrayList();
    /** The council's plan, from its profile; empty without one. */
    private final java.util.List<no.baerekraftsjekk.domain.profile.LocalGoal> plan;
    private final ObservableList<no.baerekraftsjekk.domain.profile.TouchedLocalGoal> touchedLocalGoals =
            FXCollections.observableArrayList();
    private boolean pulling;

    public SummaryViewModel(AssessmentEditorViewModel editor) {
        this(editor, java.util.List.of());
    }

    /** @param plan the council's local goals; those the assessment touches are listed with their direction */
    public SummaryViewModel(AssessmentEditorViewModel editor, java.util.List<no.baerekraftsjekk.domain.profile.LocalGoal> plan) {
        this.editor = editor;
        this.plan = java.util.List.copyOf(plan);
        this.completing = new CompleteAssessment(editor.analyzer());
        pull(editor.assessment());
        editor.assessmentProperty().addListener((obs, old, now) -> pull(now));
        collaboration.addListener((obs, o, v) -> {
            if (!pulling) {
                editor.edit(a -> a.withCollaboration(v));
            }
        });
        conclusion.addListener((obs, o, v) -> {
            if (!pulling) {
                editor.edit(a -> a.withConclusion(v));
            }
        });
    }

    private void pull(Assessment assessment) {
        pulling = true;
        try {
            if (!Objects.equals(collaboration.get(), assessment.collaboration())) {
                collaboration.set(assessment.collaboration());
            }
            if (!Objects.equals(conclusion.get(), assessment.conclusion())) {
                conclusion.set(assessment.conclusion());
            }
            complete.set(assessment.status() == Status.COMPLETE);
            var touched = no.baerekraftsjekk.domain.profile.LocalGoalReach.of(plan, assessment);
            if (!touched.equals(touchedLocalGoals)) {
                touchedLocalGoals.setAll(touched);
            }
            if (!blocking.equals(editor.analysis().blocking())) {
                blocking.setAll(editor.analysis().blocking());
            }
            if (blocking.isEmpty()) {
                refused.set(false);
            }
        } finally {
            pulling = false;
        }
    }

    /**
     * Asks to mark the assessment complete (or back to draft). Complete is refused while anything
     * blocks it; then {@link #refusedProperty()} turns true and the reasons are in {@link #blocking()}.
     *
     * @return whether the status is now what was asked for
     */
    public boolean requestComplete(boolean wanted) {
        if (!wanted) {
            refused.set(false);
            editor.edit(a -> a.withStatus(Status.DRAFT));
            return true;
        }
        switch (completing.complete(editor.assessment(), editor.analysis())) {
            case CompleteAssessment.Outcome.Refused refusal -> {
                refused.set(true);
                complete.set(false);
                return false;
            }
            case CompleteAssessment.Outcome.Completed done -> {
                refused.set(false);
                editor.edit(a -> done.assessment());
                return true;
            }
        }
    }

    /** Leads to where a blocking reason is fixed. */
    public void fix(BlockingReason reason) {
        int goal = reason.goals().isEmpty() ? 0 : reason.goals().getFirst();
        switch (reason.kind()) {
            case GOAL_NOT_ASSESSED -> editor.showGoal(Step.SCREENING, goal);
            case MISSING_JUSTIFICATION -> editor.showGoal(Step.ASSESSMENT, goal);
            case UNHANDLED_CONFLICT -> editor.currentStepProperty().set(Step.CONFLICTS);
        }
    }

    public AssessmentEditorViewModel editor() { return editor; }
    public StringProperty collaborationProperty() { return collaboration; }
    /** Whether the council has local goals at all: only then the summary has a section on them. */
    public boolean hasPlan() { return !plan.isEmpty(); }
    /** The local goals the assessment touches now, in the plan's order. */
    public ObservableList<no.baerekraftsjekk.domain.profile.TouchedLocalGoal> touchedLocalGoals() { return touchedLocalGoals; }
    public StringProperty conclusionProperty() { return conclusion; }
    /** True while the assessment's status is COMPLETE; set it through {@link #requestComplete(boolean)}. */
    public ReadOnlyBooleanProperty completeProperty() { return complete; }
    /** True after "Ferdig" was asked for and refused, until nothing blocks any more. */
    public ReadOnlyBooleanProperty refusedProperty() { return refused.getReadOnlyProperty(); }
    public ObservableList<BlockingReason> blocking() { return blocking; }
}
