package no.baerekraftsjekk.ui.glossary;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.guidance.GlossaryTerm;
import no.baerekraftsjekk.domain.text.Texts;

/** A search field over the glossary and the matching terms, each with its explanation. Binds only. */
public final class GlossaryView {
    private final VBox root = new VBox(8);
    private final TextField search = new TextField();

    public GlossaryView(GlossaryViewModel model, Texts texts) {
        Label heading = new Label(texts.get("glossary.heading"));
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        search.setPromptText(texts.get("glossary.search.prompt"));
        search.setAccessibleText(texts.get("glossary.search.accessible"));
        search.textProperty().bindBidirectional(model.queryProperty());

        ListView<GlossaryTerm> list = new ListView<>(model.terms());
        list.setAccessibleText(texts.get("glossary.list.accessible"));
        list.setCellFactory(v -> new TermCell());
        // One message when nothing matches: «Ingen begreper inneholder …» in the list's place, and no status line above.
        Label noHits = new Label();
        noHits.setId("glossaryNoHits");
        noHits.setWrapText(true);
        noHits.textProperty().bind(model.statusProperty());
        list.setPlaceholder(noHits);
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("text-muted");
        status.visibleProperty().bind(model.noHitsProperty().not());
        status.managedProperty().bind(status.visibleProperty());

        root.setPadding(new Insets(16));
        root.getChildren().addAll(heading, search, status, list);
    }

    public Parent root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** A term in bold with its explanation below, wrapped to the list's width. */
    private static final class TermCell extends ListCell<GlossaryTerm> {
        private final Label term = new Label();
        private final Label explanation = new Label();
        private final VBox box = new VBox(2, term, explanation);

        TermCell() {
            term.getStyleClass().add("text-bold");
            explanation.setWrapText(true);
            // A wrapped label in a list cell only grows in height when asked to keep its preferred height.
            explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setPadding(new Insets(4, 0, 4, 0));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(GlossaryTerm item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            term.setText(item.term());
            explanation.setText(item.explanation());
            explanation.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            explanation.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            setGraphic(box);
            setAccessibleText(item.term() + ": " + item.explanation());
        }
    }
}
