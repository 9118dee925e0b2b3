package no.baerekraftsjekk.ui.glossary;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.guidance.Glossary;
import no.baerekraftsjekk.domain.guidance.GlossaryTerm;
import no.baerekraftsjekk.domain.text.Texts;

/** The glossary's state: the query, the terms that match it (term matches first) and the chosen term. */
public final class GlossaryViewModel {
    private final Glossary glossary;
    private final Texts texts;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<GlossaryTerm> terms = FXCollections.observableArrayList();
    private final ObjectProperty<GlossaryTerm> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public GlossaryViewModel(Glossary glossary, Texts texts) {
        this.glossary = glossary;
        this.texts = texts;
        query.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        String text = query.get() == null ? "" : query.get().strip();
        terms.setAll(text.isEmpty() ? glossary.terms() : glossary.search(text));
        selected.set(terms.isEmpty() ? null : terms.get(0));
        status.set(terms.isEmpty()
                ? texts.get("glossary.none", text)
                : texts.get("glossary.count", terms.size(), glossary.terms().size()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<GlossaryTerm> terms() {
        return terms;
    }

    public ObjectProperty<GlossaryTerm> selectedProperty() {
        return selected;
    }

    /** No term matches the query: the view then says so once, in the list's place, not also above it. */
    public javafx.beans.binding.BooleanBinding noHitsProperty() {
        return javafx.beans.binding.Bindings.isEmpty(terms);
    }

    public StringProperty statusProperty() {
        return status;
    }
}
