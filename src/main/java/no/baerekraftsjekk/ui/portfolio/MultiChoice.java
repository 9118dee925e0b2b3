package no.baerekraftsjekk.ui.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import no.baerekraftsjekk.domain.portfolio.GroupRow;
import org.controlsfx.control.CheckComboBox;

/**
 * One filter with several choices: a drop-down list of check boxes (ControlsFX's CheckComboBox, opened
 * with Space, Enter, F4 or Alt+Down, a box ticked with Space) kept in step with one of the view model's sets.
 * Nothing ticked means every case, and the box then says "Alle". A remembered choice the library no
 * longer holds stays in the list, ticked, so it can be unticked.
 */
final class MultiChoice<T> {
    private final PortfolioViewModel model;
    private final ObservableList<T> offered;
    private final ObservableSet<T> chosen;
    private final CheckComboBox<T> box = new CheckComboBox<>();
    private final String all;
    /** While the boxes are set from the model: the ticks then are not the user's. */
    private boolean syncing;

    MultiChoice(PortfolioViewModel model, ObservableList<T> offered, ObservableSet<T> chosen, Function<T, String> label,
                String accessible) {
        this.model = Objects.requireNonNull(model);
        this.offered = offered;
        this.chosen = chosen;
        this.all = model.words().text("filter.all");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? all : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setAccessibleText(accessible);
        // The control takes the focus but its skin's inner combo box gets no keys, so nothing opened the
        // list from the keyboard: Space, Enter, F4 and Alt+Down open it here. In the list, Down and Space tick.
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean open = e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F4
                    || (e.isAltDown() && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP));
            if (open && e.getTarget() == box) {
                box.show();
                e.consume();
            }
        });
        offered.addListener((ListChangeListener<T>) c -> fill());
        chosen.addListener((SetChangeListener<T>) c -> {
            if (box.getItems().containsAll(chosen)) {
                tick();
            } else {
                fill();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing) {
                model.choose(chosen, new ArrayList<>(box.getCheckModel().getCheckedItems()));
            }
            title();
        });
        fill();
    }

    /** A unit or committee filter: the keys of {@code rows}, shown as the spelling most cases use. */
    static MultiChoice<String> ofNames(PortfolioViewModel model, ObservableList<GroupRow> rows, ObservableSet<String> chosen,
                                       String accessible) {
        ObservableList<String> keys = FXCollections.observableArrayList();
        Runnable keep = () -> keys.setAll(rows.stream().map(GroupRow::key).toList());
        rows.addListener((ListChangeListener<GroupRow>) c -> keep.run());
        keep.run();
        return new MultiChoice<>(model, keys, chosen,
                key -> rows.stream().filter(r -> r.key().equals(key)).map(GroupRow::name).findFirst().orElse(key), accessible);
    }

    /** @param em the box's width in em, so it grows with the text size */
    MultiChoice<T> width(double em) {
        box.setStyle("-fx-pref-width: " + em + "em;");
        return this;
    }

    CheckComboBox<T> control() {
        return box;
    }

    private void fill() {
        List<T> items = new ArrayList<>(offered);
        for (T value : new TreeSet<>(chosen)) {
            if (!items.contains(value)) {
                items.add(value);
            }
        }
        syncing = true;
        box.getCheckModel().clearChecks();
        box.getItems().setAll(items);
        syncing = false;
        tick();
    }

    private void tick() {
        syncing = true;
        for (int i = 0; i < box.getItems().size(); i++) {
            T item = box.getItems().get(i);
            if (chosen.contains(item) != box.getCheckModel().isChecked(i)) {
                if (chosen.contains(item)) {
                    box.getCheckModel().check(i);
                } else {
                    box.getCheckModel().clearCheck(i);
                }
            }
        }
        syncing = false;
        title();
    }

    /** "Alle" with nothing ticked; the ticked names otherwise (the control's own title). */
    private void title() {
        box.setTitle(box.getCheckModel().getCheckedItems().isEmpty() ? all : null);
    }
}
