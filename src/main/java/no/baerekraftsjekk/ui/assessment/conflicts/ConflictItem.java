package no.baerekraftsjekk.ui.assessment.conflicts;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.baerekraftsjekk.domain.analysis.ConflictKind;

/**
 * One goal conflict or conflict within a goal, with the caseworker's handling (avveining) and
 * mitigation (avbøtende tiltak). Kept for the page's life by its goals, so a card keeps its focus and
 * caret while the analysis is recomputed under it.
 */
public final class ConflictItem {
    private final List<Integer> goals;
    private final ConflictKind kind;
    private final StringProperty handling = new SimpleStringProperty("");
    private final StringProperty mitigation = new SimpleStringProperty("");
    private final IntegerProperty severity = new SimpleIntegerProperty();
    private final BooleanProperty handled = new SimpleBooleanProperty();
    private final BooleanProperty crossDimension = new SimpleBooleanProperty();
    private final BooleanProperty orphaned = new SimpleBooleanProperty();
    private final BooleanProperty required = new SimpleBooleanProperty();
    private final StringProperty sides = new SimpleStringProperty("");

    ConflictItem(List<Integer> goals) {
        this.goals = List.copyOf(goals);
        this.kind = goals.size() == 1 ? ConflictKind.WITHIN_GOAL : ConflictKind.GOALS;
    }

    public List<Integer> goals() { return goals; }
    public ConflictKind kind() { return kind; }
    public StringProperty handlingProperty() { return handling; }
    public StringProperty mitigationProperty() { return mitigation; }
    public IntegerProperty severityProperty() { return severity; }
    public BooleanProperty handledProperty() { return handled; }
    public BooleanProperty crossDimensionProperty() { return crossDimension; }
    /** The conflict is no longer detected; the handling is kept and shown as "Gjelder ikke lenger". */
    public BooleanProperty orphanedProperty() { return orphaned; }
    /** Rule 6 asks for a handling before completion (severity 2 or 3); a small conflict may be weighed, but need not. */
    public BooleanProperty requiredProperty() { return required; }
    /** Who gains and who loses, in words: "Mål 7 får positiv virkning (stor), mål 15 negativ virkning (stor)." */
    public StringProperty sidesProperty() { return sides; }
}
