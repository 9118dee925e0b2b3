package no.baerekraftsjekk.ui.assessment;

import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.CaseAnalysis;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.usecase.ReviewAssessment;

/**
 * The state of one open assessment: the current value, its analysis, the step shown and the state
 * of every step. Every edit makes a new immutable {@link Assessment}, recomputes the analysis and
 * hands the value to the {@link Autosaver}. No window needed.
 *
 * <p>For a case with alternatives the steps see one alternative at a time, as an assessment of its
 * own ({@link #assessment()}), and their edits go back into that alternative of the case
 * ({@link #wholeCase()}, what is saved). Switching the alternative keeps the step shown. The analysis
 * the steps see is the alternative's, except its blocking reasons: those are the case's (rule 6 with
 * alternatives), so "Ferdig" asks the rule that holds for the case.
 */
public final class AssessmentEditorViewModel {
    private final long assessmentId;
    private final AssessmentAnalyzer analyzer;
    private final Autosaver autosaver;
    private final UserSettings settings;

    private final ReadOnlyObjectWrapper<Assessment> wholeCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper alternative = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<CaseAnalysis> caseAnalysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<Step, StepState>> stepStates = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Step> currentStep = new SimpleObjectProperty<>(Step.CASE);
    private final BooleanProperty reportMade = new SimpleBooleanProperty(false);
    private final ObjectProperty<GoalFocus> goalFocus = new SimpleObjectProperty<>();
    /** Someone who may read but not change it (council library): edits are refused, so nothing is saved. */
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);

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

    /**
     * Applies one edit to what the steps see: the assessment, or the alternative shown. A complete
     * assessment that the edit makes unsound goes back to draft.
     */
    public void edit(UnaryOperator<Assessment> change) {
        if (readOnly.get()) {
            return;
        }
        Assessment before = assessment.get();
        Assessment after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        editCase(c -> c.hasAlternatives() ? intoCase(c, alternative.get(), after) : after);
    }

    /**
     * Applies one edit to the whole case: its alternatives, the recommendation. A complete case that
     * the edit makes unsound goes back to draft.
     */
    public void editCase(UnaryOperator<Assessment> change) {
        if (readOnly.get()) {
            return;
        }
        Assessment before = wholeCase.get();
        Assessment after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        // A change to an approved assessment makes it a draft asking for a new review; the review bar
        // says so before the first change.
        after = ReviewAssessment.afterEdit(before, after);
        if (after.status() == Status.COMPLETE && !analyzer.analyse(after).readyToComplete()) {
            after = after.withStatus(Status.DRAFT);
        }
        replace(after);
        autosaver.changed(after);
    }

    /** Shows the alternative at {@code index} in the steps, keeping the step shown. */
    public void showAlternative(int index) {
        Assessment ofCase = wholeCase.get();
        if (!ofCase.hasAlternatives() || index < 0 || index >= ofCase.alternatives().size() || index == alternative.get()) {
            return;
        }
        alternative.set(index);
        replace(ofCase);
    }

    /** The alternative as the steps see it: the case's facts, status and review, the alternative's content. */
    private static Assessment view(Assessment ofCase, int index) {
        if (!ofCase.hasAlternatives()) {
            return ofCase;
        }
        return ofCase.alternativeAsAssessment(index).withStatus(ofCase.status()).withReview(ofCase.review());
    }

    /** What a step edited in the alternative's view, back into the case: the content, and the case's own fields. */
    private static Assessment intoCase(Assessment ofCase, int index, Assessment edited) {
        return ofCase.withAlternativeContent(index, edited)
                .withCaseInfo(edited.caseInfo())
                .withCollaboration(edited.collaboration())
                .withLanguage(edited.language())
                .withStatus(edited.status())
                .withReview(edited.review())
                .withDismissedHints(edited.dismissedHints())
                .withMinorConflictsNote(edited.minorConflictsNote());
    }

    private void replace(Assessment value) {
        int index = value.hasAlternatives()
                ? Math.max(0, Math.min(alternative.get(), value.alternatives().size() - 1))
                : -1;
        Assessment shown = view(value, index);
        Analysis shownAnalysis;
        Analysis ownAnalysis;
        CaseAnalysis ofCase = null;
        if (value.hasAlternatives()) {
            ofCase = analyzer.analyseCase(value);
            Analysis own = ofCase.analysisOf(index);
            ownAnalysis = own;
            shownAnalysis = new Analysis(own.dimensions(), own.conflicts(), own.hints(), own.orphanedHandlings(),
                    ofCase.blocking());
        } else {
            shownAnalysis = analyzer.analyse(value);
            ownAnalysis = shownAnalysis;
        }
        // Analysis first: listeners of the assessment may ask for the analysis of the same value.
        caseAnalysis.set(ofCase);
        analysis.set(shownAnalysis);
        stepAnalysis = ownAnalysis;
        wholeCase.set(value);
        alternative.set(index);
        assessment.set(shown);
        refreshStepStates();
    }

    /** What the step list marks: this alternative's own reasons, so another alternative's gap does not show here. */
    private Analysis stepAnalysis;

    private void refreshStepStates() {
        stepStates.set(StepStates.of(assessment.get(), stepAnalysis, reportMade.get()));
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

    /** What the steps see: the assessment, or for a case with alternatives the alternative shown. */
    public Assessment assessment() {
        return assessment.get();
    }

    /** The whole value, as it is saved: the assessment, or the case with all its alternatives. */
    public Assessment wholeCase() {
        return wholeCase.get();
    }

    public ReadOnlyObjectProperty<Assessment> wholeCaseProperty() {
        return wholeCase.getReadOnlyProperty();
    }

    /** The index of the alternative the steps show; -1 for an assessment without alternatives. */
    public ReadOnlyIntegerProperty alternativeProperty() {
        return alternative.getReadOnlyProperty();
    }

    /** The case's analysis with its comparison; null for an assessment without alternatives. */
    public ReadOnlyObjectProperty<CaseAnalysis> caseAnalysisProperty() {
        return caseAnalysis.getReadOnlyProperty();
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

    /** True when the user may read but not change the assessment; then {@link #edit} does nothing. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty reportMadeProperty() {
        return reportMade;
    }

    /** The latest request to show a goal; step views react when it names their step. */
    public ReadOnlyObjectProperty<GoalFocus> goalFocusProperty() {
        return goalFocus;
    }
}
