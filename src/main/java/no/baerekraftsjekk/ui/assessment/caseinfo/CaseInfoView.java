package no.baerekraftsjekk.ui.assessment.caseinfo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.CaseField;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.StepView;

/** Step 1, Om saken: a form of the case fields, bound to {@link CaseInfoViewModel}. */
public final class CaseInfoView implements StepView {
    static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final GridPane form = new GridPane();
    private final ScrollPane scroll = new ScrollPane(form);
    private final TextField title = new TextField();
    private int row;

    private final Texts texts;

    /** @param known what the library already holds, offered while the organisation, unit or caseworker is typed */
    public CaseInfoView(CaseInfoViewModel model, Texts texts, KnownCaseValues known) {
        this(model, texts, known, CaseChoices.none());
    }

    /** @param choices the council's units, committees and exemption bases, offered in lists that still take free text */
    public CaseInfoView(CaseInfoViewModel model, Texts texts, KnownCaseValues known, CaseChoices choices) {
        this.texts = texts;
        form.getStyleClass().add("case-form");
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(4, 12, 12, 2));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        // 150 and 640 px at 100 %: they grow with the text size (the title field's font follows it).
        labels.minWidthProperty().bind(title.fontProperty().map(font -> font.getSize() * 150 / 14));
        fields.maxWidthProperty().bind(title.fontProperty().map(font -> font.getSize() * 640 / 14));
        form.getColumnConstraints().setAll(labels, fields);
        scroll.setFitToWidth(true);
        Fields.followFocus(scroll);
        scroll.getStyleClass().add("edge-to-edge");

        title.setId("caseTitle");
        title.setPromptText(texts.get("assessment.windowSmall.title.prompt"));
        title.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                model.titleLeft();
            }
        });
        title.textProperty().bindBidirectional(model.titleProperty());
        Label titleError = error(model.titleErrorProperty());
        titleError.setId("caseTitleError");
        title.accessibleTextProperty().bind(model.titleErrorProperty().map(e -> e.isEmpty()
                ? texts.get("assessment.case.title.accessible") : texts.get("assessment.case.title.accessible") + ". " + e));
        model.titleErrorProperty().addListener((obs, o, e) -> pseudoError(title, !e.isEmpty()));
        pseudoError(title, !model.titleErrorProperty().get().isEmpty());
        add("assessment.case.title", title, new javafx.scene.layout.VBox(4, title, titleError));

        add("assessment.case.caseNumber", textField("caseNumber", model.caseNumberProperty()));
        ComboBox<CaseType> caseType = new ComboBox<>(FXCollections.observableArrayList(CaseType.values()));
        caseType.setId("caseType");
        caseType.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseType type) {
                return type == null ? "" : texts.name(type);
            }

            @Override
            public CaseType fromString(String s) {
                return null;
            }
        });
        caseType.valueProperty().bindBidirectional(model.caseTypeProperty());
        caseType.setAccessibleText(texts.get("assessment.case.caseType.accessible"));
        add("assessment.case.caseType", caseType);
        add("assessment.case.organisation", offering(textField("organisation", model.organisationProperty()),
                known, CaseField.ORGANISATION));
        if (choices.units().isEmpty()) {
            add("assessment.case.unit", offering(textField("unit", model.unitProperty()), known, CaseField.UNIT));
        } else {
            ComboBox<String> unit = choiceField("unit", model.unitProperty(), choices.units());
            offering(unit.getEditor(), known, CaseField.UNIT);
            add("assessment.case.unit", unit);
        }
        add("assessment.case.caseworker", offering(textField("caseworker", model.caseworkerProperty()),
                known, CaseField.CASEWORKER));

        DatePicker date = new DatePicker();
        date.setId("caseDate");
        date.setConverter(new NorwegianDateConverter(date::getValue));
        date.setPromptText(texts.get("assessment.case.date.prompt"));
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setAccessibleText(texts.get("assessment.case.date.accessible"));
        add("assessment.case.date", date);

        TextArea description = Fields.textArea(texts.get("assessment.case.description.accessible"), 5);
        description.setId("caseDescription");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.setPromptText(texts.get("assessment.case.description.prompt"));
        add("assessment.case.description", description);

        add("assessment.case.committee", choices.committees().isEmpty() ? textField("committee", model.committeeProperty())
                : choiceField("committee", model.committeeProperty(), choices.committees()));

        CheckBox exempt = new CheckBox(texts.get("assessment.case.exempt"));
        exempt.setId("caseExempt");
        exempt.selectedProperty().bindBidirectional(model.exemptProperty());
        exempt.setAccessibleText(texts.get("assessment.case.exempt.accessible"));
        addBelow(exempt);
        javafx.scene.control.Control basis;
        if (choices.exemptionBases().isEmpty()) {
            TextField field = textField("exemptionBasis", model.exemptionBasisProperty());
            field.setPromptText(texts.get("assessment.case.exemptionBasis.prompt"));
            basis = field;
        } else {
            ComboBox<String> list = choiceField("exemptionBasis", model.exemptionBasisProperty(), choices.exemptionBases());
            list.setPromptText(texts.get("assessment.case.exemptionBasis.prompt"));
            basis = list;
        }
        basis.disableProperty().bind(model.exemptProperty().not());
        Label basisLabel = add("assessment.case.exemptionBasis", basis,
                new javafx.scene.layout.VBox(4, basis, error(model.exemptionErrorProperty())));
        basisLabel.disableProperty().bind(model.exemptProperty().not());
    }

    private TextField textField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setAccessibleText(texts.get("assessment.case." + id + ".accessible"));
        return field;
    }

    /**
     * An editable list of the council's values: pick one, or type anything; what is typed goes into
     * the assessment as it is typed, as in a plain field.
     */
    private ComboBox<String> choiceField(String id, javafx.beans.property.StringProperty property, java.util.List<String> values) {
        ComboBox<String> list = new ComboBox<>(FXCollections.observableArrayList(values));
        list.setEditable(true);
        list.setId(id);
        list.setMaxWidth(Double.MAX_VALUE);
        list.getEditor().textProperty().bindBidirectional(property);
        list.setAccessibleText(texts.get("assessment.case." + id + ".accessible"));
        return list;
    }

    /** ControlsFX auto-completion: a list under the field of the values the library knows; Enter or a click takes one. */
    private static TextField offering(TextField field, KnownCaseValues known, CaseField which) {
        TextFields.bindAutoCompletion(field, request -> known.suggestions(which, request.getUserText()));
        return field;
    }

    private Label add(String labelKey, Node control) {
        return add(labelKey, control, control);
    }

    /** A row: the label (tied to {@code control}) at the top left, {@code cell} holding the control beside it. */
    private Label add(String labelKey, Node control, Node cell) {
        Label label = Fields.label(texts.get(labelKey), control);
        label.setPadding(new Insets(5, 0, 0, 0));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        form.addRow(row++, label, cell);
        return label;
    }

    private void addBelow(Node node) {
        form.add(node, 1, row++);
    }

    private static Label error(javafx.beans.binding.StringExpression message) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.textProperty().bind(message);
        label.visibleProperty().bind(message.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        return label;
    }

    private static void pseudoError(Node node, boolean on) {
        node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), on);
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void shown() {
        title.requestFocus();
        // The step may be shown before its node is in the window's scene (the request then does
        // nothing): ask again once the scene has laid it out, unless the focus has gone elsewhere in it.
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Scene scene = title.getScene();
            if (scene != null && (scene.getFocusOwner() == null || !scene.getFocusOwner().isFocusTraversable()
                    || !isInside(scene.getFocusOwner()))) {
                title.requestFocus();
            }
        });
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == scroll) {
                return true;
            }
        }
        return false;
    }

    /** dd.MM.yyyy both ways; text that is not a date leaves the date as it was. */
    static final class NorwegianDateConverter extends StringConverter<LocalDate> {
        private final java.util.function.Supplier<LocalDate> current;

        NorwegianDateConverter(java.util.function.Supplier<LocalDate> current) {
            this.current = current;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : NORWEGIAN_DATE.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("d.M.yyyy"));
            } catch (DateTimeParseException e) {
                // A typing slip must not wipe the date: keep it, and the field shows it again.
                return current.get();
            }
        }
    }
}
