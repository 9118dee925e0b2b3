package no.baerekraftsjekk.ui.library;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.ui.common.TextScale;

/**
 * The library screen. Only binds controls to the {@link LibraryViewModel} and turns keys and
 * clicks into its actions; the timing of the search and the undo bar lives here because it is
 * about how the screen feels, not about the library.
 */
public final class LibraryView {
    static final Duration SEARCH_DELAY = Duration.millis(150);
    static final Duration UNDO_SHOWN = Duration.seconds(8);

    private static final KeyCombination NEW = no.baerekraftsjekk.ui.common.Shortcuts.NEW_ASSESSMENT;
    private static final KeyCombination FIND = no.baerekraftsjekk.ui.common.Shortcuts.FIND;
    private static final KeyCombination IMPORT = no.baerekraftsjekk.ui.common.Shortcuts.IMPORT;
    private static final KeyCombination UNDO = no.baerekraftsjekk.ui.common.Shortcuts.UNDO;

    private final LibraryViewModel model;
    private final Texts texts;
    private final ZoneId zone;
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final PauseTransition undoTimer = new PauseTransition(UNDO_SHOWN);
    private final Map<KeyCombination, Runnable> shortcuts;
    private final LibraryLayout layout;

    private final BorderPane root;
    private final Label heading;
    private final TextField searchField;
    private final Button newButton;
    private final Button openButton;
    private final Button duplicateButton;
    private final Button deleteButton;
    private final Button importButton;
    private final Button exportButton;
    private final MenuButton examplesButton;
    private final TableView<AssessmentSummary> table;
    private final TableColumn<AssessmentSummary, String> titleColumn;
    private final TableColumn<AssessmentSummary, String> caseNumberColumn;
    private final TableColumn<AssessmentSummary, String> caseTypeColumn;
    private final TableColumn<AssessmentSummary, String> statusColumn;
    private final TableColumn<AssessmentSummary, Instant> changedColumn;
    private final Label noMatches;
    private final VBox emptyState;
    private final Label emptyText;
    private final Button emptyNewButton;
    private final MenuButton emptyExamplesButton;
    private final Hyperlink emptyImportLink;
    private final FlowPane toolbar;
    private final HBox undoBar;
    private final Label undoLabel;
    private final Button undoButton;
    private final Label statusLabel;

    public LibraryView(LibraryViewModel model, ZoneId zone) {
        this.model = model;
        this.texts = model.texts();
        this.zone = zone;
        this.shortcuts = Map.of(
                NEW, model::createNew,
                FIND, this::focusSearch,
                IMPORT, model::importFiles);
        layout = new LibraryLayout(texts);
        root = layout.root;
        heading = layout.heading;
        searchField = layout.searchField;
        newButton = layout.newButton;
        openButton = layout.openButton;
        duplicateButton = layout.duplicateButton;
        deleteButton = layout.deleteButton;
        importButton = layout.importButton;
        exportButton = layout.exportButton;
        examplesButton = layout.examplesButton;
        table = layout.table;
        titleColumn = layout.titleColumn;
        caseNumberColumn = layout.caseNumberColumn;
        caseTypeColumn = layout.caseTypeColumn;
        statusColumn = layout.statusColumn;
        changedColumn = layout.changedColumn;
        noMatches = layout.noMatches;
        emptyState = layout.emptyState;
        emptyText = layout.emptyText;
        emptyNewButton = layout.emptyNewButton;
        emptyExamplesButton = layout.emptyExamplesButton;
        emptyImportLink = layout.emptyImportLink;
        toolbar = layout.toolbar;
        undoBar = layout.undoBar;
        undoLabel = layout.undoLabel;
        undoButton = layout.undoButton;
        statusLabel = layout.statusLabel;
        newButton.setOnAction(e -> model.createNew());
        emptyNewButton.setOnAction(e -> model.createNew());
        openButton.setOnAction(e -> model.openSelected());
        duplicateButton.setOnAction(e -> model.duplicate(model.selectedProperty().get()));
        deleteButton.setOnAction(e -> model.delete(model.selectedProperty().get()));
        importButton.setOnAction(e -> model.importFiles());
        emptyImportLink.setOnAction(e -> model.importFiles());
        exportButton.setOnAction(e -> model.export(model.selectedProperty().get()));
        layout.portfolioButton.setOnAction(e -> model.openPortfolio());
        undoButton.setOnAction(e -> {
            model.undoDelete();
            table.requestFocus();
        });
        bind();
    }

    public Parent root() {
        return root;
    }

    /** Another heading than "Mine vurderinger": the council library's list is not only one's own. */
    public void showHeading(String text) {
        heading.setText(text);
        heading.setAccessibleText(text);
    }

    /** Loads the list and the examples; called once the screen is shown. */
    public void load() {
        load(List.of());
    }

    /** As {@link #load()}, but a non-empty {@code known} list is shown at once instead of asking the library. */
    public void load(List<AssessmentSummary> known) {
        if (known.isEmpty()) {
            model.refresh();
        } else {
            model.showKnown(known);
        }
        model.loadExamples();
    }

    private void bind() {
        bindTable();
        bindSearch();
        bindActions();
        bindEmptyState();
        bindUndoBar();
        statusLabel.textProperty().bind(model.statusMessageProperty());
        statusLabel.visibleProperty().bind(model.statusMessageProperty().isNotEmpty());
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        // Library shortcuts belong to this screen only: they are added to the scene while it shows.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                shortcuts.keySet().forEach(old.getAccelerators()::remove);
            }
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        heading.setAccessibleText(heading.getText());
        // Ctrl+Z is handled as the key event bubbles, not as a scene shortcut, so that in the search
        // field it still undoes typing; elsewhere on this screen it takes back the last deletion.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && model.pendingUndoProperty().get() != null) {
                model.undoDelete();
                e.consume();
            }
        });
    }

    private void installShortcuts(Scene scene) {
        shortcuts.forEach((keys, action) -> scene.getAccelerators().put(keys, action));
    }

    private void bindTable() {
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().isBlank()
                ? texts.get("assessment.untitled") : c.getValue().title()));
        caseNumberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().caseNumber()));
        caseTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(LibraryFormats.caseType(c.getValue().caseType(), texts)));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(LibraryFormats.status(c.getValue().status(), texts)));
        // The column holds the instant so it sorts by time, and shows it the Norwegian way.
        changedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().changed()));
        changedColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : LibraryFormats.changed(item, zone));
            }
        });
        // The title is what people look for: it gets the width the other columns do not need.
        // The other columns keep room for their content and may grow a little; the rest goes to the title.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Widths for 100 %, grown with the text size chosen in the settings (the button's text is of normal size).
        // The title's least width stays 200 px: at 200 % the other columns then still fit a 1280 px window.
        titleColumn.setMinWidth(200);
        for (TableColumn<AssessmentSummary, ?> column : List.of(caseNumberColumn, caseTypeColumn, statusColumn, changedColumn)) {
            double normal = column.getPrefWidth();
            column.prefWidthProperty().bind(TextScale.pixels(newButton, normal));
            column.minWidthProperty().bind(TextScale.pixels(newButton, normal));
            column.maxWidthProperty().bind(TextScale.pixels(newButton, normal * 1.2));
        }
        titleColumn.setCellFactory(column -> {
            TableCell<AssessmentSummary, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    if (empty || item == null || item.isEmpty()) {
                        setTooltip(null);
                    } else if (getTooltip() != null) {
                        getTooltip().setText(item);
                    }
                }
            };
            // A long title is cut off in the column; the tooltip shows all of it. It is made when
            // the pointer first comes, not for every row drawn: a tooltip is a small window of its
            // own, and the list's first layout made one for each visible row.
            cell.setOnMouseEntered(e -> {
                if (cell.getTooltip() == null && !cell.isEmpty() && cell.getItem() != null && !cell.getItem().isEmpty()) {
                    cell.setTooltip(new Tooltip(cell.getItem()));
                }
            });
            return cell;
        });

        SortedList<AssessmentSummary> sorted = new SortedList<>(model.assessments());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> model.selectedProperty().set(item));
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item != table.getSelectionModel().getSelectedItem()) {
                if (item == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(item);
                    table.scrollTo(item);
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<AssessmentSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                model.openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete(model.selectedProperty().get());
                e.consume();
            }
        });
        table.setAccessibleText(texts.get("library.table.accessible"));
        noMatches.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("library.search.noMatches", searchField.getText().strip()),
                model.assessments(), searchField.textProperty()));
    }

    private void bindSearch() {
        searchField.setAccessibleText(texts.get("library.search.accessible"));
        searchDelay.setOnFinished(e -> model.search(searchField.getText()));
        searchField.textProperty().addListener((obs, old, text) -> searchDelay.playFromStart());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
    }

    private void bindActions() {
        var nothingSelected = model.selectedProperty().isNull();
        openButton.disableProperty().bind(nothingSelected);
        duplicateButton.disableProperty().bind(nothingSelected);
        deleteButton.disableProperty().bind(nothingSelected);
        exportButton.disableProperty().bind(nothingSelected);
        accessible(newButton, "library.action.new.accessible");
        accessible(openButton, "library.action.open.accessible");
        accessible(duplicateButton, "library.action.duplicate.accessible");
        accessible(deleteButton, "library.action.delete.accessible");
        accessible(importButton, "library.action.import.accessible");
        accessible(exportButton, "library.action.export.accessible");
        accessible(examplesButton, "library.action.examples.accessible");
        accessible(emptyNewButton, "library.action.new.accessible");
        accessible(emptyExamplesButton, "library.action.examples.accessible");
        accessible(undoButton, "library.undo.accessible");
        fillExampleMenu(examplesButton);
        fillExampleMenu(emptyExamplesButton);
        // A narrow window must never cut a button's text short: the toolbar wraps onto a second row instead.
        toolbar.getChildren().forEach(node -> {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }

    private void accessible(Node node, String key) {
        node.setAccessibleText(texts.get(key));
    }

    private void fillExampleMenu(MenuButton button) {
        Runnable fill = () -> {
            button.getItems().setAll(model.examples().stream().map(example -> {
                MenuItem item = new MenuItem(example.title());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.openExample(example));
                return item;
            }).toList());
            button.setDisable(button.getItems().isEmpty());
            // A disabled control shows no tooltip, so the reason is given to screen readers instead.
            button.setAccessibleHelp(button.getItems().isEmpty() ? texts.get("library.examples.none") : null);
        };
        model.examples().addListener((ListChangeListener<ExampleAssessments.Example>) change -> fill.run());
        fill.run();
    }

    private void bindEmptyState() {
        var empty = model.loadedProperty().and(model.libraryEmptyProperty());
        // First of the listeners: the others may give the empty state's button the focus.
        empty.addListener((obs, was, isEmpty) -> {
            if (isEmpty) {
                layout.showEmptyState();
            }
        });
        emptyState.visibleProperty().bind(empty);
        emptyState.managedProperty().bind(empty);
        table.visibleProperty().bind(model.loadedProperty().and(empty.not()));
        accessible(emptyText, "library.empty.text");
        accessible(emptyImportLink, "library.action.import.accessible");
        // With nothing to select or search, the toolbar would only repeat the empty state's buttons.
        // Enter means "Ny vurdering" only while the empty state shows; in the list it opens the selected row.
        emptyNewButton.defaultButtonProperty().bind(empty);
        toolbar.visibleProperty().bind(empty.not());
        toolbar.managedProperty().bind(empty.not());
        searchField.visibleProperty().bind(empty.not());
        empty.addListener((obs, was, isEmpty) -> focusFirst());
        model.loadedProperty().addListener((obs, was, isLoaded) -> {
            if (isLoaded) {
                focusFirst();
            }
        });
    }

    private void bindUndoBar() {
        undoBar.setVisible(false);
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        model.pendingUndoProperty().addListener((obs, old, offer) -> {
            if (offer == null) {
                undoTimer.stop();
                undoBar.setVisible(false);
                return;
            }
            String text = texts.get("library.undo.text", offer.title());
            undoLabel.setText(text);
            undoLabel.setAccessibleText(text);
            layout.showUndoBar();
            undoBar.setVisible(true);
            undoTimer.setOnFinished(e -> model.dismissUndo(offer));
            undoTimer.playFromStart();
        });
        // While the pointer or the keyboard is on the bar, it stays; it counts down again when left.
        undoBar.hoverProperty().addListener((obs, was, hovering) -> pauseUndoWhile(hovering));
        undoButton.focusedProperty().addListener((obs, was, focused) -> pauseUndoWhile(focused));
    }

    private void pauseUndoWhile(boolean attending) {
        if (model.pendingUndoProperty().get() == null) {
            return;
        }
        if (attending) {
            undoTimer.pause();
        } else {
            undoTimer.playFromStart();
        }
    }

    /**
     * Puts the keyboard in the list with its first row selected, so Enter opens at once; in an
     * empty library on "Ny vurdering". Leaves the search field alone while someone types in it.
     */
    public void focusFirst() {
        if (!model.loadedProperty().get() || (searchField.isFocused() && !searchField.getText().isEmpty())) {
            return;
        }
        if (model.libraryEmptyProperty().get()) {
            emptyNewButton.requestFocus();
        } else {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        }
    }

    /**
     * Runs {@code usable} once the library can be used: the list has arrived and a frame showing its
     * rows is drawn, with the search field on screen. A pulse lays the scene out and hands it to the
     * render thread; the next starts only when that frame is drawn, so it is checked at the second.
     * {@code listed} runs when the list has arrived, before it is drawn.
     */
    public void whenUsable(Runnable listed, Runnable usable) {
        if (model.loadedProperty().get()) {
            listed.run();
            checkUsableAfterFrame(usable);
        } else {
            model.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean isLoaded) {
                    if (isLoaded) {
                        obs.removeListener(this);
                        listed.run();
                        checkUsableAfterFrame(usable);
                    }
                }
            });
        }
    }

    private void checkUsableAfterFrame(Runnable action) {
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                if (isUsable()) {
                    stop();
                    action.run();
                } else if (root.getScene() == null) {
                    // Left before it was ever usable (a file opened at start): the screen will not
                    // become usable, and a running timer would keep JavaFX drawing every frame.
                    stop();
                }
            }
        }.start();
    }

    /** Rows drawn (or the empty state, for an empty library), the search field shown and editable. */
    boolean isUsable() {
        if (model.libraryEmptyProperty().get()) {
            return emptyState.isVisible() && emptyNewButton.getScene() != null;
        }
        boolean rowsDrawn = table.lookupAll(".table-row-cell").stream()
                .anyMatch(node -> node instanceof TableRow<?> row && !row.isEmpty() && row.isVisible());
        return rowsDrawn && searchField.isVisible() && searchField.isEditable() && !searchField.isDisabled()
                && !table.getItems().isEmpty();
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
