package no.baerekraftsjekk.ui.assessment.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;

/** Step 2, Screening: the relevance of each of the 17 goals and how many are screened. */
public final class ScreeningViewModel {
    private final AssessmentEditorViewModel editor;
    private final Map<Integer, ReadOnlyObjectWrapper<Relevance>> relevance = new HashMap<>();
    private final ReadOnlyIntegerWrapper screened = new ReadOnlyIntegerWrapper();
    /** The short reason for each goal marked not relevant; stored as the goal's justification (the format has room). */
    private final Map<Integer, javafx.beans.property.StringProperty> reasons = new HashMap<>();
    private final javafx.collections.ObservableList<Integer> notRelevant = javafx.collections.FXCollections.observableArrayList();

    public ScreeningViewModel(AssessmentEditorViewModel editor) {
        this.editor = editor;
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            relevance.put(goal, new ReadOnlyObjectWrapper<>());
            int number = goal;
            var reason = new javafx.beans.property.SimpleStringProperty("");
            reason.addListener((obs, old, text) -> giveReason(number, text));
            reasons.put(goal, reason);
        }
        pull(editor.assessment());
        editor.assessmentProperty().addListener((obs, old, now) -> pull(now));
    }

    private void pull(Assessment assessment) {
        relevance.forEach((goal, property) ->
                property.set(assessment.goal(goal).map(GoalAssessment::relevance).orElse(null)));
        screened.set(assessment.goals().size());
        List<Integer> marked = assessment.goals().values().stream()
                .filter(g -> g.relevance() == Relevance.NOT_RELEVANT).map(GoalAssessment::goal).toList();
        if (!marked.equals(notRelevant)) {
            notRelevant.setAll(marked);
        }
        reasons.forEach((goal, reason) -> {
            String stored = assessment.goal(goal).filter(g -> g.relevance() == Relevance.NOT_RELEVANT)
                    .map(GoalAssessment::justification).orElse("");
            if (!stored.equals(reason.get())) {
                reason.set(stored);
            }
        });
    }

    /** Only a goal marked not relevant takes a reason here; a relevant goal's justification is the rating form's. */
    private void giveReason(int goal, String text) {
        editor.edit(a -> a.goal(goal).filter(g -> g.relevance() == Relevance.NOT_RELEVANT)
                .map(g -> a.withGoal(g.withJustification(text)))
                .orElse(a));
    }

    /** The goals marked not relevant, in goal order: the compact list where a short reason may be given. */
    public javafx.collections.ObservableList<Integer> notRelevantGoals() {
        return javafx.collections.FXCollections.unmodifiableObservableList(notRelevant);
    }

    /** The optional short reason why {@code goal} is not relevant; empty when none is given. */
    public javafx.beans.property.StringProperty reasonProperty(int goal) {
        return reasons.get(goal);
    }

    /**
     * Marks a goal. Ratings already made stay when a relevant goal changes between direct and
     * indirect; marking it not relevant clears the ratings (the format forbids them) but keeps the texts.
     */
    public void setRelevance(int goal, Relevance value) {
        editor.edit(a -> a.withGoal(a.goal(goal)
                .map(g -> g.withRelevance(value))
                .orElseGet(() -> GoalAssessment.screened(goal, value))));
    }

    /** Null while the goal is not screened. */
    public ReadOnlyObjectProperty<Relevance> relevanceProperty(int goal) {
        return relevance.get(goal).getReadOnlyProperty();
    }

    /** How many of the 17 goals are screened: "n av 17 vurdert". */
    public ReadOnlyIntegerProperty screenedProperty() {
        return screened.getReadOnlyProperty();
    }

    public AssessmentEditorViewModel editor() {
        return editor;
    }
}
