package no.baerekraftsjekk.ui.assessment.alternatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;

/**
 * The alternatives of the open case: turning an assessment into a case, adding (empty or as a copy),
 * marking the zero alternative, renaming, moving and removing (undoable), switching which one the
 * steps show, and the recommendation. Names are checked here, so the caseworker hears in plain words
 * why a name is refused; the case itself keeps the format's rules.
 */
public final class AlternativesViewModel {
    private final AssessmentEditorViewModel editor;
    private final ObservableList<Alternative> alternatives = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndoRemove = new ReadOnlyBooleanWrapper(false);
    private Removed lastRemoved;

    /** What was removed last, to put back where it was. */
    private record Removed(int index, Alternative alternative, boolean wasRecommended, Assessment before) {
    }

    public AlternativesViewModel(AssessmentEditorViewModel editor) {
        this.editor = editor;
        pull(editor.wholeCase());
        editor.wholeCaseProperty().addListener((obs, old, now) -> pull(now));
    }

    private void pull(Assessment ofCase) {
        if (!alternatives.equals(ofCase.alternatives())) {
            alternatives.setAll(ofCase.alternatives());
        }
    }

    public ObservableList<Alternative> alternatives() {
        return alternatives;
    }

    public boolean hasAlternatives() {
        return !alternatives.isEmpty();
    }

    public boolean canAdd() {
        return alternatives.size() < Assessment.MAX_ALTERNATIVES;
    }

    /** Shows another alternative in the steps; the step shown stays. */
    public void show(int index) {
        editor.showAlternative(index);
    }

    /**
     * Adds an alternative named {@code label}: a copy of the alternative at {@code copyOf}, or empty
     * when it is -1. An assessment without alternatives becomes a case, what was assessed being the
     * first alternative, named {@code firstLabel}. The new alternative is shown.
     *
     * @return why the name is refused; empty when the alternative was added
     */
    public Optional<Message> add(String label, int copyOf, String firstLabel) {
        Assessment ofCase = editor.wholeCase();
        if (!ofCase.hasAlternatives()) {
            Optional<Message> firstRefused = refusal(firstLabel, List.of(), -1);
            if (firstRefused.isPresent()) {
                return firstRefused;
            }
            Optional<Message> refused = refusal(label, List.of(Alternative.empty(firstLabel)), -1);
            if (refused.isPresent()) {
                return refused;
            }
            Alternative second = copyOf >= 0 ? Alternative.of(label.strip(), ofCase) : Alternative.empty(label.strip());
            editor.editCase(c -> c.asCaseWithAlternatives(firstLabel.strip(), second));
            editor.showAlternative(1);
            return Optional.empty();
        }
        if (!canAdd()) {
            return Optional.of(Message.of("alternatives.window.tooMany", Assessment.MAX_ALTERNATIVES));
        }
        Optional<Message> refused = refusal(label, ofCase.alternatives(), -1);
        if (refused.isPresent()) {
            return refused;
        }
        Alternative added = copyOf >= 0 ? ofCase.alternatives().get(copyOf).copyAs(label.strip()) : Alternative.empty(label.strip());
        editor.editCase(c -> c.withAlternativeAdded(added));
        editor.showAlternative(editor.wholeCase().alternatives().size() - 1);
        return Optional.empty();
    }

    /** @return why the name is refused; empty when the alternative was renamed */
    public Optional<Message> rename(int index, String label) {
        Optional<Message> refused = refusal(label, editor.wholeCase().alternatives(), index);
        if (refused.isEmpty()) {
            editor.editCase(c -> c.withAlternative(index, c.alternatives().get(index).withLabel(label.strip())));
        }
        return refused;
    }

    /** Marks the alternative at {@code index} as the zero alternative, or unmarks it when it already is. */
    public void toggleZero(int index) {
        boolean isZero = editor.wholeCase().alternatives().get(index).zero();
        editor.editCase(c -> c.withZeroAlternative(isZero ? -1 : index));
    }

    /** Moves the alternative one place up (-1) or down (+1); the one shown stays shown. */
    public void move(int index, int direction) {
        int to = index + direction;
        if (to < 0 || to >= alternatives.size()) {
            return;
        }
        int shown = editor.alternativeProperty().get();
        editor.editCase(c -> c.withAlternativeMoved(index, to));
        editor.showAlternative(shown == index ? to : shown == to ? index : shown);
    }

    /**
     * Removes the alternative at {@code index}; {@link #undoRemove()} puts it back. With two left the
     * case becomes one assessment again, holding the other alternative.
     */
    public void remove(int index) {
        Assessment ofCase = editor.wholeCase();
        Alternative removed = ofCase.alternatives().get(index);
        boolean recommended = ofCase.recommendation().isChosen()
                && Alternative.labelKey(ofCase.recommendation().alternative()).equals(removed.labelKey());
        lastRemoved = new Removed(index, removed, recommended, ofCase);
        editor.editCase(c -> c.withoutAlternative(index));
        canUndoRemove.set(true);
    }

    /** Puts the alternative removed last back where it was, as the recommended one if it was. */
    public void undoRemove() {
        if (lastRemoved == null) {
            return;
        }
        Removed undo = lastRemoved;
        lastRemoved = null;
        canUndoRemove.set(false);
        editor.editCase(c -> {
            Assessment ofCase = c;
            if (!ofCase.hasAlternatives()) {
                // It was one of two, and the other became the assessment: the case as it was, with what
                // was edited since in the other alternative and in the case's own fields.
                int other = undo.index() == 0 ? 1 : 0;
                return undo.before().withAlternativeContent(other, ofCase).withCaseInfo(ofCase.caseInfo())
                        .withCollaboration(ofCase.collaboration()).withStatus(ofCase.status()).withReview(ofCase.review());
            }
            List<Alternative> list = new ArrayList<>(ofCase.alternatives());
            list.add(Math.min(undo.index(), list.size()), undo.alternative());
            ofCase = ofCase.withAlternatives(list);
            if (undo.wasRecommended()) {
                ofCase = ofCase.withRecommendation(ofCase.recommendation().withAlternative(undo.alternative().label()));
            }
            return ofCase;
        });
        if (editor.wholeCase().hasAlternatives()) {
            editor.showAlternative(editor.wholeCase().indexOfAlternative(undo.alternative().label()));
        }
    }

    public ReadOnlyBooleanProperty canUndoRemoveProperty() {
        return canUndoRemove.getReadOnlyProperty();
    }

    /** Chooses the recommended alternative by its label. */
    public void recommend(String label) {
        editor.editCase(c -> c.withRecommendation(c.recommendation().withAlternative(label)));
    }

    public void recommendationReason(String reason) {
        editor.editCase(c -> c.withRecommendation(c.recommendation().withReason(reason)));
    }

    public Recommendation recommendation() {
        Recommendation recommendation = editor.wholeCase().recommendation();
        return recommendation == null ? new Recommendation("", "") : recommendation;
    }

    /** Why {@code label} cannot name an alternative among {@code others} (the one at {@code self} aside). */
    static Optional<Message> refusal(String label, List<Alternative> others, int self) {
        if (label == null || label.isBlank()) {
            return Optional.of(Message.of("alternatives.window.nameEmpty"));
        }
        if (Alternative.labelTooLong(label)) {
            return Optional.of(Message.of("alternatives.window.nameTooLong", Alternative.MAX_LABEL_LENGTH));
        }
        String key = Alternative.labelKey(label);
        for (int i = 0; i < others.size(); i++) {
            if (i != self && others.get(i).labelKey().equals(key)) {
                return Optional.of(Message.of("alternatives.window.nameTaken", label.strip()));
            }
        }
        return Optional.empty();
    }
}
