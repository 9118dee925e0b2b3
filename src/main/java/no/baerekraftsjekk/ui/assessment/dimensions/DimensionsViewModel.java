package no.baerekraftsjekk.ui.assessment.dimensions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;

/** Step 4, Tre dimensjoner: the levels the analysis derives, and the caseworker's text per dimension. */
public final class DimensionsViewModel {
    private final Map<Dimension, StringProperty> texts = new EnumMap<>(Dimension.class);
    private final Map<Dimension, ReadOnlyObjectWrapper<DimensionLevel>> levels = new EnumMap<>(Dimension.class);
    private boolean pulling;

    public DimensionsViewModel(AssessmentEditorViewModel editor) {
        for (Dimension d : Dimension.values()) {
            StringProperty text = new SimpleStringProperty(editor.assessment().dimensionText(d));
            text.addListener((obs, old, now) -> {
                if (!pulling) {
                    editor.edit(a -> a.withDimensionText(d, now));
                }
            });
            texts.put(d, text);
            levels.put(d, new ReadOnlyObjectWrapper<>(level(editor, d)));
        }
        editor.assessmentProperty().addListener((obs, old, now) -> {
            pulling = true;
            try {
                for (Dimension d : Dimension.values()) {
                    if (!Objects.equals(texts.get(d).get(), now.dimensionText(d))) {
                        texts.get(d).set(now.dimensionText(d));
                    }
                    levels.get(d).set(level(editor, d));
                }
            } finally {
                pulling = false;
            }
        });
    }

    private static DimensionLevel level(AssessmentEditorViewModel editor, Dimension d) {
        return editor.analysis().dimensions().getOrDefault(d, new DimensionLevel(d, 0, 0));
    }

    public StringProperty textProperty(Dimension dimension) {
        return texts.get(dimension);
    }

    /** Highest positive and highest negative among the dimension's relevant goals, never netted. */
    public ReadOnlyObjectProperty<DimensionLevel> levelProperty(Dimension dimension) {
        return levels.get(dimension).getReadOnlyProperty();
    }
}
