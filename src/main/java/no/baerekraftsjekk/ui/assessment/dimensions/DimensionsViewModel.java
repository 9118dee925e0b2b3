package no.baerekraftsjekk.ui.assessment.dimensions;

import java.util.EnumMap;
import java.util.List;
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
    private final Map<Dimension, javafx.beans.property.ReadOnlyStringWrapper> feeds = new EnumMap<>(Dimension.class);
    private final no.baerekraftsjekk.domain.text.Texts words;
    private final AssessmentEditorViewModel editor;
    private boolean pulling;

    /** For tests and callers that only need levels and texts: the words in bokmål. */
    public DimensionsViewModel(AssessmentEditorViewModel editor) {
        this(editor, no.baerekraftsjekk.domain.text.Texts.of(no.baerekraftsjekk.domain.text.Language.NB));
    }

    /** @param words the window's texts, for the lines that say which goals feed each dimension */
    public DimensionsViewModel(AssessmentEditorViewModel editor, no.baerekraftsjekk.domain.text.Texts words) {
        this.words = words;
        this.editor = editor;
        for (Dimension d : Dimension.values()) {
            StringProperty text = new SimpleStringProperty(editor.assessment().dimensionText(d));
            text.addListener((obs, old, now) -> {
                if (!pulling) {
                    editor.edit(a -> a.withDimensionText(d, now));
                }
            });
            texts.put(d, text);
            levels.put(d, new ReadOnlyObjectWrapper<>(level(editor, d)));
            feeds.put(d, new javafx.beans.property.ReadOnlyStringWrapper(feeding(editor, d)));
        }
        editor.assessmentProperty().addListener((obs, old, now) -> {
            pulling = true;
            try {
                for (Dimension d : Dimension.values()) {
                    if (!Objects.equals(texts.get(d).get(), now.dimensionText(d))) {
                        texts.get(d).set(now.dimensionText(d));
                    }
                    levels.get(d).set(level(editor, d));
                    feeds.get(d).set(feeding(editor, d));
                }
            } finally {
                pulling = false;
            }
        });
    }

    private static DimensionLevel level(AssessmentEditorViewModel editor, Dimension d) {
        return editor.analysis().dimensions().getOrDefault(d, new DimensionLevel(d, 0, 0));
    }

    /** "Mål 1, 2, 3 … og 16 hører hit. Relevante i saken: 4 og 7." */
    private String feeding(AssessmentEditorViewModel editor, Dimension d) {
        List<Integer> goals = editor.analyzer().mapping().goalsByDimension().getOrDefault(d, List.of());
        if (goals.isEmpty()) {
            return words.get("assessment.windowSmall.dimensions.noGoals");
        }
        List<Integer> relevant = goals.stream()
                .filter(g -> editor.assessment().goal(g).map(no.baerekraftsjekk.domain.GoalAssessment::isRelevant).orElse(false))
                .toList();
        String feeds = words.get("assessment.windowSmall.dimensions.goals", numbers(goals));
        return feeds + " " + (relevant.isEmpty() ? words.get("assessment.windowSmall.dimensions.noneRelevant")
                : words.get("assessment.windowSmall.dimensions.relevant", numbers(relevant)));
    }

    private String numbers(List<Integer> goals) {
        List<String> names = goals.stream().map(String::valueOf).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + words.get("report.and") + " " + names.getLast();
    }

    /** Which goals feed the dimension, and which of them are relevant in this case. */
    public javafx.beans.property.ReadOnlyStringProperty feedsProperty(Dimension dimension) {
        return feeds.get(dimension).getReadOnlyProperty();
    }

    /**
     * Where the grouping of goals into dimensions comes from: the program's default (goal 7 social,
     * for one) or the organisation's own {@code dimension-mapping.tsv} in the data folder.
     */
    public String mappingOrigin() {
        boolean standard = editor.analyzer().mapping().goalsByDimension()
                .equals(no.baerekraftsjekk.domain.DimensionMapping.standard().goalsByDimension());
        if (standard) {
            return words.get("assessment.windowSmall.dimensions.origin.default");
        }
        // The analyzer's mapping differs from the shipped one only when the data folder holds the organisation's file.
        return words.get("assessment.windowSmall.dimensions.origin.own", no.baerekraftsjekk.domain.analysis.MappingSource.FILE_NAME);
    }

    public StringProperty textProperty(Dimension dimension) {
        return texts.get(dimension);
    }

    /** Highest positive and highest negative among the dimension's relevant goals, never netted. */
    public ReadOnlyObjectProperty<DimensionLevel> levelProperty(Dimension dimension) {
        return levels.get(dimension).getReadOnlyProperty();
    }
}
