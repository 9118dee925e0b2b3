package no.baerekraftsjekk.ui.assessment.conflicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.HintDismissal;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.analysis.ConflictWording;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.analysis.OpenHints;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.Step;

/**
 * Step 5, Målkonflikter, asking only what matters: the open hints first, each of which may be marked
 * «Vurdert – ikke aktuelt»; the conflicts rule 6 asks to weigh (severity 2 and 3, strongest first);
 * the small conflicts (severity 1) together, with one optional note for them all; handlings whose
 * conflict is gone. Recomputed live from the analysis.
 */
public final class ConflictsViewModel {
    private final AssessmentEditorViewModel editor;
    private final Texts texts;
    private final ConflictWording wording;
    private final Map<List<Integer>, ConflictItem> items = new HashMap<>();
    private final ObservableList<ConflictItem> majorConflicts = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> minorConflicts = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> orphaned = FXCollections.observableArrayList();
    private final ObservableList<Conflict> dimensionConflicts = FXCollections.observableArrayList();
    private final ObservableList<Hint> openHints = FXCollections.observableArrayList();
    private final ObservableList<Hint> dismissedHints = FXCollections.observableArrayList();
    private final StringProperty minorNote = new SimpleStringProperty("");
    private boolean pulling;

    public ConflictsViewModel(AssessmentEditorViewModel editor, Texts texts) {
        this.texts = texts;
        this.editor = editor;
        this.wording = new ConflictWording(editor.analyzer().mapping());
        pull(editor.assessment(), editor.analysis());
        editor.assessmentProperty().addListener((obs, old, now) -> pull(now, editor.analysis()));
        minorNote.addListener((obs, old, now) -> {
            if (!pulling) {
                editor.edit(a -> a.withMinorConflictsNote(now));
            }
        });
    }

    private void pull(Assessment assessment, Analysis analysis) {
        pulling = true;
        try {
            List<Conflict> betweenAndWithin = analysis.conflicts().stream()
                    .filter(c -> c.kind() != ConflictKind.DIMENSIONS).toList();
            setIfDifferent(majorConflicts, itemsFor(assessment, analysis,
                    betweenAndWithin.stream().filter(Conflict::needsHandling).toList()));
            setIfDifferent(minorConflicts, itemsFor(assessment, analysis,
                    betweenAndWithin.stream().filter(c -> !c.needsHandling()).toList()));
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
            setIfDifferent(openHints, OpenHints.of(analysis, assessment));
            setIfDifferent(dismissedHints, OpenHints.dismissed(analysis, assessment));
            setIfDifferent(minorNote, assessment.minorConflictsNote());
        } finally {
            pulling = false;
        }
    }

    private List<ConflictItem> itemsFor(Assessment assessment, Analysis analysis, List<Conflict> conflicts) {
        List<ConflictItem> result = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            ConflictItem item = item(conflict.goals());
            fill(item, assessment);
            item.severityProperty().set(conflict.severity());
            item.handledProperty().set(conflict.handled());
            item.crossDimensionProperty().set(conflict.crossDimension());
            item.requiredProperty().set(conflict.needsHandling());
            item.orphanedProperty().set(false);
            setIfDifferent(item.sidesProperty(), texts.format(wording.describe(conflict, assessment, analysis)));
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

    /** «Vurdert – ikke aktuelt»: the hint moves to the dismissed ones and stays there, saved with the assessment. */
    public void dismiss(Hint hint, String reason) {
        editor.edit(a -> a.withDismissedHint(new HintDismissal(hint.goals(), hint.overlookedGoal(), reason)));
    }

    /** «Vis igjen»: the hint is open again, and reaches the reports again. */
    public void showAgain(Hint hint) {
        editor.edit(a -> a.withoutDismissedHint(hint.goals(), hint.overlookedGoal()));
    }

    /** The reason given when the hint was dismissed; empty when none. */
    public String reasonOf(Hint hint) {
        return editor.assessment().dismissalOf(hint.goals(), hint.overlookedGoal()).map(HintDismissal::reason).orElse("");
    }

    /** The goal of the pair that gains, which the hint was given for. */
    public static int gainingGoal(Hint hint) {
        return hint.goals().get(0) == hint.overlookedGoal() ? hint.goals().get(1) : hint.goals().get(0);
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

    /** Conflicts rule 6 asks to weigh (severity 2 and 3), between goals and within a goal, strongest first. */
    public ObservableList<ConflictItem> majorConflicts() { return majorConflicts; }
    /** Conflicts of severity 1: shown together, never blocking. */
    public ObservableList<ConflictItem> minorConflicts() { return minorConflicts; }
    public ObservableList<ConflictItem> orphaned() { return orphaned; }
    public ObservableList<Conflict> dimensionConflicts() { return dimensionConflicts; }
    public ObservableList<Hint> openHints() { return openHints; }
    public ObservableList<Hint> dismissedHints() { return dismissedHints; }
    /** One optional note covering all the small conflicts; stored with the assessment and reported. */
    public StringProperty minorNoteProperty() { return minorNote; }
}
