package no.baerekraftsjekk.ui.assessment.rating;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One target (delmål) of the goal being rated, and whether the case touches it. */
public final class TargetOption {
    private final String id;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    TargetOption(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** Whether the option fits what the caseworker typed in the filter: the id or any word of the label. */
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return id.toLowerCase(java.util.Locale.ROOT).startsWith(f) || label.toLowerCase(java.util.Locale.ROOT).contains(f);
    }

    @Override
    public String toString() {
        return id + "  " + label;
    }
}
