package no.baerekraftsjekk.ui.assessment.screening;

import java.util.HashMap;
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

    public ScreeningViewModel(AssessmentEditorViewModel editor) {
        this.editor = editor;
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            relevance.put(goal, new ReadOnlyObjectWrapper<>());
        }
        pull(editor.assessment());
        editor.assessmentProperty().addListener((obs, old, now) -> pull(now));
    }

    private void pull(Assessment assessment) {
        relevance.forEach((goal, property) ->
                property.set(assessment.goal(goal).map(GoalAssessment::relevance).orElse(null)));
        screened.set(assessment.goals().size());
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
