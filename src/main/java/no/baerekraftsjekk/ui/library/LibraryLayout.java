package no.baerekraftsjekk.ui.library;

import java.time.Instant;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.ui.common.FrameDrawn;
import org.controlsfx.control.textfield.TextFields;

/**
 * The library screen's nodes, built in code: a list of the caseworker's assessments with what can
 * be done to them. It was FXML; loading it was about half of building the screen (30–60 ms of the
 * start on two cores, where the caseworker waits for the library), most of it the loader's own
 * reflection. Each node keeps the id and style classes it had, which the stylesheet and the tests use.
 * {@link LibraryView} binds them; this class only builds.
 */
final class LibraryLayout {
    final BorderPane root = new BorderPane();
    final Label heading;
    final TextField searchField = TextFields.createClearableTextField();
    final Button newButton;
    final Button openButton;
    final Button duplicateButton;
    final Button deleteButton;
    final Button importButton;
    final Button exportButton;
    final MenuButton examplesButton;
    final Button portfolioButton;
    final FlowPane toolbar;
    final TableView<AssessmentSummary> table = new TableView<>();
    final TableColumn<AssessmentSummary, String> titleColumn;
    final TableColumn<AssessmentSummary, String> caseNumberColumn;
    final TableColumn<AssessmentSummary, String> caseTypeColumn;
    final TableColumn<AssessmentSummary, String> statusColumn;
    final TableColumn<AssessmentSummary, Instant> changedColumn;
    final Label noMatches;
    final VBox emptyState;
    final Label emptyText;
    final Button emptyNewButton;
    final MenuButton emptyExamplesButton;
    final Hyperlink emptyImportLink;
    /** Holds the list; the empty state joins it only when the library is empty (see {@link #showEmptyState}). */
    private final StackPane body;
    final HBox undoBar;
    /** Holds the status line; the undo bar joins it only when a deletion can be taken back (see {@link #showUndoBar}). */
    private final VBox footer;
    final Label undoLabel;
    final Button undoButton;
    final Label statusLabel;

    private final Texts texts;
    /** Controls waiting for their tooltip, and its text key. */
    private final java.util.Map<Control, String> tips = new java.util.LinkedHashMap<>();

    LibraryLayout(Texts texts) {
        this.texts = texts;
        tipsAfterFirstDrawing();
        root.setId("root");
        root.getStyleClass().add("library-view");

        heading = styled(new Label(texts.get("library.heading")), "heading", "library-heading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        styled(searchField, "searchField", "library-search");
        searchField.setPromptText(texts.get("library.search.prompt"));
        tip(searchField, "library.search.tooltip");
        HBox titleRow = styled(new HBox(heading, gap, searchField), null, "library-title-row");

        newButton = tip(styled(new Button(texts.get("library.action.new")), "newButton", "accent"), "library.action.new.tooltip");
        openButton = tip(button("openButton", "library.action.open"), "library.action.open.tooltip");
        duplicateButton = tip(button("duplicateButton", "library.action.duplicate"), "library.action.duplicate.tooltip");
        deleteButton = tip(button("deleteButton", "library.action.delete"), "library.action.delete.tooltip");
        importButton = tip(button("importButton", "library.action.import"), "library.action.import.tooltip");
        exportButton = tip(button("exportButton", "library.action.export"), "library.action.export.tooltip");
        examplesButton = tip(styled(new MenuButton(texts.get("library.action.examples")), "examplesButton"),
                "library.action.examples.tooltip");
        portfolioButton = tip(button("portfolioButton", "portfolio.library.button"), "portfolio.library.button.tooltip");
        portfolioButton.setAccessibleText(texts.get("portfolio.library.button.accessible"));
        toolbar = styled(new FlowPane(newButton, openButton, duplicateButton, deleteButton, new Separator(Orientation.VERTICAL),
                importButton, exportButton, examplesButton, new Separator(Orientation.VERTICAL), portfolioButton),
                "toolbar", "library-toolbar");
        root.setTop(styled(new VBox(titleRow, toolbar), null, "library-header"));

        titleColumn = column("titleColumn", "library.column.title", 340);
        caseNumberColumn = column("caseNumberColumn", "library.column.caseNumber", 120);
        caseTypeColumn = column("caseTypeColumn", "library.column.caseType", 130);
        statusColumn = column("statusColumn", "library.column.status", 90);
        changedColumn = column("changedColumn", "library.column.changed", 150);
        styled(table, "table", "library-table");
        table.getColumns().setAll(java.util.List.of(titleColumn, caseNumberColumn, caseTypeColumn, statusColumn, changedColumn));
        noMatches = wrapping(styled(new Label(), "noMatches", "library-no-matches"));
        table.setPlaceholder(noMatches);

        Label emptyHeading = wrapping(styled(new Label(texts.get("library.empty.heading")), null, "library-empty-heading"));
        emptyText = wrapping(styled(new Label(texts.get("library.empty.text")), "emptyText", "library-empty-text"));
        emptyNewButton = styled(new Button(texts.get("library.empty.new")), "emptyNewButton", "accent");
        emptyExamplesButton = styled(new MenuButton(texts.get("library.empty.examples")), "emptyExamplesButton");
        emptyImportLink = styled(new Hyperlink(texts.get("library.empty.import")), "emptyImportLink");
        emptyState = styled(new VBox(emptyHeading, emptyText,
                styled(new HBox(emptyNewButton, emptyExamplesButton), null, "library-empty-actions"),
                styled(new HBox(styled(new Label(texts.get("library.empty.importQuestion")), null, "text-muted"), emptyImportLink),
                        null, "library-empty-import")),
                "emptyState", "library-empty");
        body = styled(new StackPane(table), null, "library-body");
        body.setAlignment(Pos.TOP_LEFT);
        root.setCenter(body);

        undoLabel = styled(new Label(), "undoLabel", "undo-text");
        undoLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(undoLabel, Priority.ALWAYS);
        undoButton = tip(button("undoButton", "library.undo.action"), "library.undo.tooltip");
        undoBar = styled(new HBox(undoLabel, undoButton), "undoBar", "undo-bar");
        statusLabel = styled(new Label(), "statusLabel", "status-line");
        statusLabel.setMaxWidth(Double.MAX_VALUE);
        footer = styled(new VBox(statusLabel), null, "library-footer");
        root.setBottom(footer);
    }

    /**
     * Puts the empty state in the screen, above the list, once it is needed. Until then it is no part
     * of the scene: a hidden node is still styled and gets its skin, and the empty state's seven
     * controls (a menu among them) cost the first drawing of a full library for nothing.
     */
    void showEmptyState() {
        if (emptyState.getParent() == null) {
            body.getChildren().add(emptyState);
        }
    }

    /** Puts the undo bar in the screen, above the status line, the first time a deletion can be taken back. */
    void showUndoBar() {
        if (undoBar.getParent() == null) {
            footer.getChildren().addFirst(undoBar);
        }
    }

    private Button button(String id, String textKey) {
        return styled(new Button(texts.get(textKey)), id);
    }

    /**
     * The tooltip is made once the screen has been drawn (see {@link #tipsAfterFirstDrawing}): a
     * tooltip is a popup window of its own, and the screen's eleven were half the cost of building it,
     * on the way to a usable library. Nobody can point at a control before it is drawn.
     */
    private <T extends Control> T tip(T control, String textKey) {
        tips.put(control, textKey);
        return control;
    }

    /** Gives every control its tooltip once the screen, first put in a window, is on screen. */
    private void tipsAfterFirstDrawing() {
        root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    obs.removeListener(this);
                    // A frame later than the first drawing: then the list's first frame is counted
                    // usable before the eleven tooltips are made, not after (3-5 ms on two cores).
                    FrameDrawn.then(() -> FrameDrawn.then(() -> {
                        tips.forEach((control, key) -> control.setTooltip(new Tooltip(texts.get(key))));
                        tips.clear();
                    }));
                }
            }
        });
    }

    private <S, T> TableColumn<S, T> column(String id, String textKey, double width) {
        TableColumn<S, T> column = new TableColumn<>(texts.get(textKey));
        column.setId(id);
        column.setPrefWidth(width);
        return column;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        return label;
    }

    private static <T extends Node> T styled(T node, String id, String... styleClasses) {
        if (id != null) {
            node.setId(id);
        }
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
