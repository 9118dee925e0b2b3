package no.baerekraftsjekk.ui.library;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.ui.library.LibraryPlaces.CouncilState;
import no.baerekraftsjekk.ui.library.LibraryPlaces.Place;

/**
 * The strip above the library list: which library is shown (the caseworker's own, or the
 * council's), a plain sentence about the council library, and copy or move of the selected
 * assessment from one's own library to the council's. Only binds; {@link LibraryPlaces} decides.
 */
public final class LibraryPlacesView {
    private final javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(6);

    /**
     * @param selected the assessment selected in the list shown
     * @param refresh reloads the list after a move
     */
    public LibraryPlacesView(LibraryPlaces<?> places, ObservableValue<AssessmentSummary> selected, Runnable refresh) {
        this(places, selected, refresh, summary -> { });
    }

    /** @param open shows an assessment chosen in «Til kvalitetssikring» */
    public LibraryPlacesView(LibraryPlaces<?> places, ObservableValue<AssessmentSummary> selected, Runnable refresh,
            java.util.function.Consumer<AssessmentSummary> open) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton local = new ToggleButton(places.texts().get("council.places.local"));
        ToggleButton council = new ToggleButton(places.texts().get("council.places.council"));
        local.setToggleGroup(group);
        council.setToggleGroup(group);
        local.setId("library-place-local");
        council.setId("library-place-council");
        local.setSelected(places.placeProperty().get() == Place.LOCAL);
        council.setSelected(places.placeProperty().get() == Place.COUNCIL);
        council.disableProperty().bind(places.councilStateProperty().isNotEqualTo(CouncilState.AVAILABLE));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A toggle group lets the chosen button be clicked off; one library is always shown.
                group.selectToggle(old);
            } else {
                places.placeProperty().set(now == council ? Place.COUNCIL : Place.LOCAL);
            }
        });

        Label message = new Label();
        message.setId("library-council-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(places.statusMessageProperty().isEmpty())
                .then(places.councilMessageProperty()).otherwise(places.statusMessageProperty()));
        message.setMaxWidth(Double.MAX_VALUE);

        Button copy = new Button(places.texts().get("council.places.copy"));
        Button move = new Button(places.texts().get("council.places.move"));
        copy.setId("library-copy-to-council");
        move.setId("library-move-to-council");
        var canCopy = places.councilStateProperty().isEqualTo(CouncilState.AVAILABLE)
                .and(places.placeProperty().isEqualTo(Place.LOCAL));
        for (Button button : new Button[] {copy, move}) {
            button.visibleProperty().bind(canCopy);
            button.managedProperty().bind(canCopy);
            button.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.getValue() == null, selected));
        }
        copy.setOnAction(e -> places.copyToCouncil(selected.getValue().id(), false, () -> { }));
        move.setOnAction(e -> places.copyToCouncil(selected.getValue().id(), true, refresh));

        Button history = new Button(places.texts().get("council.history.button"));
        history.setId("library-history");
        var canShowHistory = places.placeProperty().isEqualTo(Place.COUNCIL)
                .and(places.councilStateProperty().isEqualTo(CouncilState.AVAILABLE));
        history.visibleProperty().bind(canShowHistory);
        history.managedProperty().bind(canShowHistory);
        history.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.getValue() == null, selected));
        history.setOnAction(e -> places.councilLibrary().ifPresent(library -> showHistory(places, library, selected.getValue())));

        // Only a leader has a review queue; the database decides who leads.
        Button queue = new Button(places.texts().get("roles.queue.button"));
        queue.setId("library-review-queue");
        var canReview = places.placeProperty().isEqualTo(Place.COUNCIL)
                .and(places.councilStateProperty().isEqualTo(CouncilState.AVAILABLE)).and(leader);
        queue.visibleProperty().bind(canReview);
        queue.managedProperty().bind(canReview);
        queue.setOnAction(e -> places.councilLibrary().ifPresent(library -> showReviewQueue(places, library, open)));
        places.councilStateProperty().addListener((obs, old, state) -> askWhetherLeader(places));
        askWhetherLeader(places);

        // The names and buttons keep their words; the sentence wraps instead.
        for (javafx.scene.control.Control named : new javafx.scene.control.Control[] {local, council, copy, move, history, queue}) {
            named.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, local, council, gap, copy, move, history, queue);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(row, message);
        places.sendKeptEdits();
        root.setPadding(new Insets(8, 16, 0, 16));
        root.getStyleClass().add("library-places");
    }

    private final javafx.beans.property.BooleanProperty leader = new javafx.beans.property.SimpleBooleanProperty(false);

    private void askWhetherLeader(LibraryPlaces<?> places) {
        places.councilLibrary().ifPresent(library -> places.shownServices().tasks()
                .run(() -> new no.baerekraftsjekk.storage.council.CouncilUsers(library).me())
                .onSuccess(me -> leader.set(me.map(u -> u.role() == no.baerekraftsjekk.storage.council.LibraryRole.LEADER).orElse(false)))
                .onFailure(error -> leader.set(false))
                .start());
    }

    /** «Til kvalitetssikring», in a window of its own beside the library. */
    private void showReviewQueue(LibraryPlaces<?> places, no.baerekraftsjekk.storage.council.PostgresLibrary library,
            java.util.function.Consumer<AssessmentSummary> open) {
        places.shownServices().tasks().run(() -> new no.baerekraftsjekk.storage.council.Reviews(library).awaiting())
                .onSuccess(waiting -> {
                    javafx.stage.Stage stage = new javafx.stage.Stage();
                    ReviewQueueView view = new ReviewQueueView(waiting, places.texts(), summary -> {
                        stage.close();
                        open.accept(summary);
                    });
                    stage.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
                    stage.setTitle(places.texts().get("roles.queue.heading"));
                    javafx.scene.Scene scene = new javafx.scene.Scene(view.root(), 720, 480);
                    if (root.getScene() != null) {
                        scene.getStylesheets().setAll(root.getScene().getStylesheets());
                    }
                    stage.setScene(scene);
                    stage.show();
                    reviewQueue = stage;
                })
                .onFailure(no.baerekraftsjekk.storage.LibraryException.class,
                        e -> places.shownServices().errors().showError(places.texts().get("roles.queue.heading"), places.texts().explain(e)))
                .start();
    }

    private javafx.stage.Stage reviewQueue;

    /** For tests: the last «Til kvalitetssikring» window shown. */
    javafx.stage.Stage reviewQueueStage() {
        return reviewQueue;
    }

    /** The history of the selected council assessment, in a window of its own beside the library. */
    private void showHistory(LibraryPlaces<?> places, no.baerekraftsjekk.storage.council.PostgresLibrary library, AssessmentSummary summary) {
        VersionHistoryViewModel model = new VersionHistoryViewModel(library, summary.id(), places.shownServices().tasks(),
                places.shownServices().errors(), places.texts(), java.time.ZoneId.systemDefault());
        VersionHistoryView view = new VersionHistoryView(model, places.texts());
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        stage.setTitle(places.texts().get("council.history.heading") + ": " + summary.title());
        javafx.scene.Scene scene = new javafx.scene.Scene(view.root(), 960, 640);
        if (root.getScene() != null) {
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    public javafx.scene.layout.VBox root() {
        return root;
    }
}
