package no.baerekraftsjekk.ui.assessment;

import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.usecase.ReviewAssessment;

/**
 * The state of one open assessment: the current value, its analysis, the step shown and the state
 * of every step. Every edit makes a new immutable {@link Assessment}, recomputes the analysis and
 * hands the value to the {@link Autosaver}. No window needed.
 */
public final class AssessmentEditorViewModel {
    private final long assessmentId;
    private final AssessmentAnalyzer analyzer;
    private final Autosaver autosaver;
    private final UserSettings settings;

    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<Step, StepState>> stepStates = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Step> currentStep = new SimpleObjectProperty<>(Step.CASE);
    private final BooleanProperty reportMade = new SimpleBooleanProperty(false);
    private final ObjectProperty<GoalFocus> goalFocus = new SimpleObjectProperty<>();

    /** A request to show one goal on a step, e.g. from a blocking reason or a hint. */
    public record GoalFocus(Step step, int goal) {
    }

    public AssessmentEditorViewModel(long assessmentId, Assessment initial, AssessmentAnalyzer analyzer,
                                     Autosaver autosaver, UserSettings settings) {
        this.assessmentId = assessmentId;
        this.analyzer = Objects.requireNonNull(analyzer);
        this.autosaver = Objects.requireNonNull(autosaver);
        this.settings = Objects.requireNonNull(settings);
        replace(initial);
        currentStep.set(Step.parse(settings.get(lastStepKey(), ""), Step.CASE));
        currentStep.addListener((obs, old, step) -> settings.put(lastStepKey(), step.name()));
        reportMade.addListener((obs, old, made) -> refreshStepStates());
    }

    /** Applies one edit. A complete assessment that the edit makes unsound goes back to draft. */
    public void edit(UnaryOperator<Assessment> change) {
        Assessment before = assessment.get();
        Assessment after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        // A change to an approved assessment makes it a draft asking for a new review; the review bar
        // says so before the first change.
        after = ReviewAssessment.afterEdit(before, after);
        Analysis afterAnalysis = analyzer.analyse(after);
        if (after.status() == Status.COMPLETE && !afterAnalysis.readyToComplete()) {
            after = after.withStatus(Status.DRAFT);
        }
        replace(after, afterAnalysis);
        autosaver.changed(after);
    }

    private void replace(Assessment value) {
        replace(value, analyzer.analyse(value));
    }

    private void replace(Assessment value, Analysis valueAnalysis) {
        // Analysis first: listeners of the assessment may ask for the analysis of the same value.
        analysis.set(valueAnalysis);
        assessment.set(value);
        refreshStepStates();
    }

    private void refreshStepStates() {
        stepStates.set(StepStates.of(assessment.get(), analysis.get(), reportMade.get()));
    }

    public void next() {
        currentStep.set(currentStep.get().next());
    }

    public void previous() {
        currentStep.set(currentStep.get().previous());
    }

    /** Shows {@code step} with {@code goal} selected (screening tile, rating form). */
    public void showGoal(Step step, int goal) {
        currentStep.set(step);
        // Cleared first so asking for the same goal twice still reaches the step view.
        goalFocus.set(null);
        goalFocus.set(new GoalFocus(step, goal));
    }

    /** Stores what is not stored yet; false when that failed (see {@link Autosaver#lastFailure()}). */
    public boolean flush() {
        return autosaver.flush();
    }

    /** As {@link #flush()}, off the FX thread; {@code done} hears the outcome on it. */
    public void flushInBackground(java.util.function.Consumer<Boolean> done) {
        autosaver.flushInBackground(done);
    }

    /**
     * Shows the value stored in the library in place of the one being edited (after someone else
     * saved it), without writing it back; the next edit is saved over {@code version}.
     */
    public void takeStored(Assessment stored, long version) {
        autosaver.continueFrom(version);
        replace(stored);
    }

    private String lastStepKey() {
        return "assessment." + assessmentId + ".lastStep";
    }

    public long assessmentId() {
        return assessmentId;
    }

    /** The rules every value is analysed by. */
    public AssessmentAnalyzer analyzer() {
        return analyzer;
    }

    public Autosaver autosaver() {
        return autosaver;
    }

    public Assessment assessment() {
        return assessment.get();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<Step, StepState>> stepStatesProperty() {
        return stepStates.getReadOnlyProperty();
    }

    public ObjectProperty<Step> currentStepProperty() {
        return currentStep;
    }

    public BooleanProperty reportMadeProperty() {
        return reportMade;
    }

    /** The latest request to show a goal; step views react when it names their step. */
    public ReadOnlyObjectProperty<GoalFocus> goalFocusProperty() {
        return goalFocus;
    }
}
