package no.baerekraftsjekk.ui.assessment.conflicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.Step;

/**
 * Step 5, Målkonflikter: the detected conflicts grouped by kind, strongest first as the analysis
 * orders them, each goal conflict with its handling; handlings whose conflict is gone; and the hints.
 * Recomputed live from the analysis.
 */
public final class ConflictsViewModel {
    private final AssessmentEditorViewModel editor;
    private final Texts texts;
    private final Map<List<Integer>, ConflictItem> items = new HashMap<>();
    private final ObservableList<ConflictItem> goalConflicts = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> withinGoal = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> orphaned = FXCollections.observableArrayList();
    private final ObservableList<Conflict> dimensionConflicts = FXCollections.observableArrayList();
    private final ObservableList<Hint> hints = FXCollections.observableArrayList();
    private boolean pulling;

    public ConflictsViewModel(AssessmentEditorViewModel editor, Texts texts) {
        this.texts = texts;
        this.editor = editor;
        pull(editor.assessment(), editor.analysis());
        editor.assessmentProperty().addListener((obs, old, now) -> pull(now, editor.analysis()));
    }

    private void pull(Assessment assessment, Analysis analysis) {
        pulling = true;
        try {
            setIfDifferent(goalConflicts, itemsFor(assessment, analysis.conflictsOf(ConflictKind.GOALS)));
            setIfDifferent(withinGoal, itemsFor(assessment, analysis.conflictsOf(ConflictKind.WITHIN_GOAL)));
            List<ConflictItem> gone = new ArrayList<>();
            for (ConflictHandling handling : analysis.orphanedHandlings()) {
                ConflictItem item = item(handling.goals());
                fill(item, assessment);
                item.orphanedProperty().set(true);
                item.requiredProperty().set(false);
                item.handledProperty().set(handling.isHandled());
                gone.add(item);
            }
            setIfDifferent(orphaned, gone);
            setIfDifferent(dimensionConflicts, analysis.conflictsOf(ConflictKind.DIMENSIONS));
            setIfDifferent(hints, analysis.hints());
        } finally {
            pulling = false;
        }
    }

    private List<ConflictItem> itemsFor(Assessment assessment, List<Conflict> conflicts) {
        List<ConflictItem> result = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            ConflictItem item = item(conflict.goals());
            fill(item, assessment);
            item.severityProperty().set(conflict.severity());
            item.handledProperty().set(conflict.handled());
            item.crossDimensionProperty().set(conflict.crossDimension());
            item.requiredProperty().set(conflict.needsHandling());
            item.orphanedProperty().set(false);
            result.add(item);
        }
        return result;
    }

    private void fill(ConflictItem item, Assessment assessment) {
        ConflictHandling handling = assessment.handlingFor(item.goals()).orElse(ConflictHandling.of(item.goals(), "", ""));
        setIfDifferent(item.handlingProperty(), handling.handling());
        setIfDifferent(item.mitigationProperty(), handling.mitigation());
    }

    private ConflictItem item(List<Integer> goals) {
        return items.computeIfAbsent(List.copyOf(goals), key -> {
            ConflictItem item = new ConflictItem(key);
            item.handlingProperty().addListener((obs, o, v) -> push(item));
            item.mitigationProperty().addListener((obs, o, v) -> push(item));
            return item;
        });
    }

    private void push(ConflictItem item) {
        if (pulling) {
            return;
        }
        editor.edit(a -> a.withHandling(ConflictHandling.of(item.goals(),
                item.handlingProperty().get(), item.mitigationProperty().get())));
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    private static <T> void setIfDifferent(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    /** Ratings of a goal in words, so a card shows which side gains and which loses. */
    public String ratingsOf(int goal) {
        return editor.assessment().goal(goal)
                .map(g -> texts.get("assessment.conflicts.ratings",
                        texts.lower(texts.effect(g.positive())),
                        texts.lower(texts.effect(g.negative()))))
                .orElse("");
    }

    public void showRating(int goal) {
        editor.showGoal(Step.ASSESSMENT, goal);
    }

    public void showScreening(int goal) {
        editor.showGoal(Step.SCREENING, goal);
    }

    public ObservableList<ConflictItem> goalConflicts() { return goalConflicts; }
    public ObservableList<ConflictItem> withinGoal() { return withinGoal; }
    public ObservableList<ConflictItem> orphaned() { return orphaned; }
    public ObservableList<Conflict> dimensionConflicts() { return dimensionConflicts; }
    public ObservableList<Hint> hints() { return hints; }
}
