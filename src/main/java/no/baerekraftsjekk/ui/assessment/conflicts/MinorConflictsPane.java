package no.baerekraftsjekk.ui.assessment.conflicts;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.Fields;

/**
 * The conflicts of severity 1, together and collapsed: each says who gains and who loses, and one
 * optional note may cover them all. Rule 6 does not ask for a weighing of these, so nobody has to type
 * a text per conflict that nobody reads.
 */
final class MinorConflictsPane extends TitledPane {
    private final ConflictsViewModel model;
    private final Texts texts;
    private final VBox lines = new VBox(6);
    private final TextArea note;
    private final java.util.Map<java.util.List<Integer>, TextArea> ownHandlings = new java.util.HashMap<>();

    MinorConflictsPane(ConflictsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        setId("minorConflicts");
        setExpanded(false);
        setAnimated(false);
        getStyleClass().add("minor-conflicts");
        Label intro = new Label(texts.get("conflicts.minor.intro"));
        intro.setWrapText(true);
        note = Fields.textArea(texts.get("conflicts.minor.note"), 2);
        note.setId("minorConflictsNote");
        note.setPromptText(texts.get("conflicts.minor.note.prompt"));
        note.textProperty().bindBidirectional(model.minorNoteProperty());
        VBox content = new VBox(10, intro, lines, Fields.label(texts.get("conflicts.minor.note"), note), note);
        setContent(content);
        redraw();
    }

    void redraw() {
        setText(texts.get("conflicts.minor.heading", model.minorConflicts().size()));
        lines.getChildren().clear();
        for (ConflictItem item : model.minorConflicts()) {
            Label line = new Label();
            line.textProperty().bind(item.sidesProperty());
            line.setWrapText(true);
            line.getStyleClass().add("minor-conflict");
            lines.getChildren().add(line);
            if (ownHandlings.containsKey(item.goals()) || !item.handlingProperty().get().isBlank()) {
                // A weighing written earlier (or in a file) for one small conflict is kept, shown and editable, never dropped.
                lines.getChildren().add(ownHandlings.computeIfAbsent(item.goals(), k -> ownHandling(item)));
            }
        }
    }

    private TextArea ownHandling(ConflictItem item) {
        String key = item.goals().stream().map(String::valueOf).reduce((a, b) -> a + "_" + b).orElse("");
        TextArea area = Fields.textArea(texts.get("conflicts.minor.ownHandling.accessible", item.sidesProperty().get()), 2);
        area.setId("handling" + key);
        area.getStyleClass().add("minor-conflict-handling");
        area.setPromptText(texts.get("assessment.conflicts.handling.prompt"));
        area.textProperty().bindBidirectional(item.handlingProperty());
        return area;
    }

    TextArea noteArea() {
        return note;
    }
}
