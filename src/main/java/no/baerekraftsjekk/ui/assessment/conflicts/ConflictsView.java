package no.baerekraftsjekk.ui.assessment.conflicts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.StepView;

/**
 * Step 5, asking only what matters: the open hints first (each may be marked «Vurdert – ikke
 * aktuelt»), then the conflicts that must be weighed as cards, strongest first, the dimension
 * conflicts, the small conflicts together in one collapsed group with one optional note, and
 * handlings that no longer apply. Cards are kept by their goals, so typing is never interrupted when
 * the analysis changes under the caseworker.
 */
public final class ConflictsView implements StepView {
    private final ConflictsViewModel model;
    private final AssessmentGuidance guidance;
    private final Texts texts;
    private final Map<List<Integer>, ConflictCard> cards = new HashMap<>();
    private final VBox box = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(box);
    private final HintsSection hints;
    private final VBox majorSection = new VBox(10);
    private final VBox dimensionSection = new VBox(8);
    private final MinorConflictsPane minor;
    private final VBox orphanSection = new VBox(10);
    private final Label empty;
    private final Label noMajor;

    public ConflictsView(ConflictsViewModel model, AssessmentGuidance guidance) {
        this.guidance = guidance;
        this.texts = guidance.texts();
        this.model = model;
        this.empty = new Label(texts.get("assessment.conflicts.none"));
        this.noMajor = new Label(texts.get("conflicts.major.none"));
        this.hints = new HintsSection(model, guidance);
        this.minor = new MinorConflictsPane(model, texts);
        box.setPadding(new Insets(0, 12, 12, 2));
        scroll.setFitToWidth(true);
        scroll.setId("conflictsStep");
        Fields.followFocus(scroll);
        scroll.getStyleClass().add("edge-to-edge");
        for (Label note : List.of(empty, noMajor)) {
            note.setWrapText(true);
            note.getStyleClass().add("conflicts-empty");
        }
        box.getChildren().addAll(empty, hints, majorSection, noMajor, dimensionSection, minor, orphanSection);
        ListChangeListener<Object> redraw = c -> redraw();
        model.majorConflicts().addListener(redraw);
        model.minorConflicts().addListener(redraw);
        model.orphaned().addListener(redraw);
        model.dimensionConflicts().addListener(redraw);
        redraw();
    }

    private void redraw() {
        majorSection.getChildren().clear();
        if (!model.majorConflicts().isEmpty()) {
            majorSection.getChildren().add(heading(texts.get("conflicts.major.heading", model.majorConflicts().size())));
            model.majorConflicts().forEach(item -> majorSection.getChildren().add(card(item)));
        }
        orphanSection.getChildren().clear();
        if (!model.orphaned().isEmpty()) {
            orphanSection.getChildren().add(heading(texts.get("assessment.conflicts.group.orphaned", model.orphaned().size())));
            model.orphaned().forEach(item -> orphanSection.getChildren().add(card(item)));
        }
        dimensionSection();
        minor.redraw();
        show(minor, !model.minorConflicts().isEmpty());
        show(empty, model.majorConflicts().isEmpty() && model.minorConflicts().isEmpty() && model.dimensionConflicts().isEmpty());
        show(noMajor, model.majorConflicts().isEmpty() && !model.minorConflicts().isEmpty());
    }

    private ConflictCard card(ConflictItem item) {
        return cards.computeIfAbsent(item.goals(), k -> new ConflictCard(item, model, guidance));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void dimensionSection() {
        dimensionSection.getChildren().clear();
        if (model.dimensionConflicts().isEmpty()) {
            return;
        }
        dimensionSection.getChildren().add(heading(texts.get("assessment.conflicts.group.DIMENSIONS",
                model.dimensionConflicts().size())));
        for (Conflict conflict : model.dimensionConflicts()) {
            Label line = new Label(texts.get("assessment.conflicts.dimensionLine",
                    texts.longName(conflict.dimensions().get(0)), texts.longName(conflict.dimensions().get(1)),
                    texts.lower(texts.effect(conflict.severity())),
                    conflict.handled() ? texts.get("assessment.conflicts.dimensionHandled")
                            : texts.get("assessment.conflicts.dimensionUnhandled")));
            line.setWrapText(true);
            line.getStyleClass().add("dimension-conflict");
            line.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("attention"), !conflict.handled());
            line.setFocusTraversable(false);
            dimensionSection.getChildren().add(line);
        }
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        label.setWrapText(true);
        return label;
    }

    @Override
    public Node node() {
        return scroll;
    }

    /** The minor group's note, for tests and for focus. */
    TextArea minorNoteArea() {
        return minor.noteArea();
    }

    TitledPane minorPane() {
        return minor;
    }

    @Override
    public void shown() {
        // Start at the strongest conflict that still needs a handling.
        for (ConflictItem item : model.majorConflicts()) {
            if (!item.handledProperty().get()) {
                cards.get(item.goals()).handlingArea().requestFocus();
                return;
            }
        }
        // All weighed: start at the first card, so the caseworker can read through what was written.
        model.majorConflicts().stream().findFirst()
                .ifPresentOrElse(item -> cards.get(item.goals()).handlingArea().requestFocus(), scroll::requestFocus);
    }
}
