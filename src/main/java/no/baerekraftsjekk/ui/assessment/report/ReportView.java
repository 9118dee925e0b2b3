package no.baerekraftsjekk.ui.assessment.report;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.report.ReportVariant;
import no.baerekraftsjekk.ui.assessment.Fields;
import no.baerekraftsjekk.ui.assessment.StepView;
import org.controlsfx.control.Notifications;

/** Step 7: the report's language, the two report buttons, a progress indicator while writing, and where the report went. */
public final class ReportView implements StepView {
    private final VBox box;
    /** At a large text size, or with the first page's preview shown, the step is taller than the window: it scrolls. */
    private final javafx.scene.control.ScrollPane scroll;
    private final Button word;

    private final Texts texts;

    public ReportView(ReportViewModel model, Texts texts) {
        this.texts = texts;
        word = button("makeWord", "assessment.report.word", () -> model.export(ReportFormat.WORD));
        Button pdf = button("makePdf", "assessment.report.pdf", () -> model.export(ReportFormat.PDF));
        word.disableProperty().bind(model.runningProperty());
        pdf.disableProperty().bind(model.runningProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.runningProperty());
        progress.setAccessibleText(texts.get("assessment.report.progress.accessible"));
        HBox buttons = new HBox(12, word, pdf, progress);
        VBox variants = variantChoice(model);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.getStyleClass().add("report-message");
        message.textProperty().bind(model.messageProperty());
        // The path as text the caseworker can select and copy, e.g. into the case system.
        TextField path = new TextField();
        path.setId("reportPath");
        path.setEditable(false);
        path.setAccessibleText(texts.get("assessment.report.path.accessible"));
        path.textProperty().bind(model.lastReportProperty().map(p -> p.toAbsolutePath().toString()).orElse(""));
        // A long path is cut at the folder's end, not the file name's: the field shows its last characters.
        path.textProperty().addListener((obs, old, text) -> javafx.application.Platform.runLater(path::end));
        path.widthProperty().addListener((obs, old, width) -> path.end());
        path.tooltipProperty().bind(path.textProperty().map(text -> text.isEmpty() ? null : new javafx.scene.control.Tooltip(text)));
        Button open = button("openReport", "assessment.windowSmall.report.open", model::openReport);
        Button folder = button("showFolder", "assessment.report.folder", model::showFolder);
        HBox where = new HBox(8, path, open, folder);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
        where.visibleProperty().bind(model.lastReportProperty().isNotNull());
        where.managedProperty().bind(where.visibleProperty());

        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("reportLanguage");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? "" : value.ownName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.disableProperty().bind(model.runningProperty());
        language.setAccessibleText(texts.get("assessment.report.language.accessible"));
        Label languageLabel = new Label(texts.get("assessment.report.language"));
        languageLabel.setLabelFor(language);
        HBox languageRow = new HBox(8, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_LEFT);

        Label formats = new Label(texts.get("assessment.report.formats"));
        formats.setWrapText(true);
        formats.getStyleClass().add("report-note");
        formats.setMinHeight(Region.USE_PREF_SIZE);
        VBox preview = preview(model);
        box = new VBox(14, languageRow, variants, buttons, formats, message, where, preview);
        box.setPadding(new Insets(4, 12, 12, 2));
        box.setMaxWidth(820);
        // Making a report changes nothing in the assessment: a reader may make and open one too.
        no.baerekraftsjekk.ui.assessment.ReadOnlyLock.keepUsable(box);
        scroll = Fields.followFocus(new javafx.scene.control.ScrollPane(box));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        model.madeProperty().addListener((obs, old, report) -> notifyMade(report));
    }

    /**
     * ControlsFX notification in the window's corner: the report is there, and where, also when the
     * caseworker has moved on to another step while it was being made. The step keeps saying it too.
     */
    private void notifyMade(ReportViewModel.MadeReport report) {
        if (report == null || box.getScene() == null || box.getScene().getWindow() == null) {
            return;
        }
        Path file = report.file().toAbsolutePath();
        Notifications.create()
                .owner(box.getScene().getWindow())
                .title(texts.get("assessment.report.notified." + report.format().name()))
                .text(texts.get("assessment.report.notified.where", file.getFileName(), file.getParent()))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(8))
                .show();
    }

    /**
     * «Vis første side»: the first page's content drawn in the step, so the caseworker can read it
     * before exporting and sending it on; drawn again when the language or the variant changes.
     */
    private VBox preview(ReportViewModel model) {
        javafx.scene.control.ToggleButton show = new javafx.scene.control.ToggleButton(texts.get("assessment.windowSmall.preview.show"));
        show.setId("showPreview");
        show.setMnemonicParsing(true);
        Label note = new Label(texts.get("assessment.windowSmall.preview.note"));
        note.setWrapText(true);
        note.getStyleClass().add("report-note");
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox page = new VBox();
        VBox area = new VBox(8, show);
        Runnable draw = () -> {
            if (show.isSelected()) {
                page.getChildren().setAll(FirstPagePreview.of(model.firstPage()));
                area.getChildren().setAll(show, note, page);
            } else {
                area.getChildren().setAll(show);
            }
        };
        show.selectedProperty().addListener((obs, was, now) -> draw.run());
        model.languageProperty().addListener((obs, old, now) -> draw.run());
        model.variantProperty().addListener((obs, old, now) -> draw.run());
        return area;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setAccessibleText(texts.get(key + ".accessible"));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** «Kort» or «Full», as two radio buttons bound to the view model. */
    private VBox variantChoice(ReportViewModel model) {
        Label question = new Label(texts.get("assessment.report.variant"));
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        VBox choices = new VBox(4, question);
        for (ReportVariant variant : java.util.List.of(ReportVariant.SHORT, ReportVariant.FULL)) {
            javafx.scene.control.RadioButton choice = new javafx.scene.control.RadioButton(
                    texts.get("assessment.report.variant." + variant.name()));
            choice.setId("variant" + variant.name());
            choice.setMnemonicParsing(true);
            choice.setWrapText(true);
            choice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            choice.setUserData(variant);
            choice.setToggleGroup(group);
            choice.setSelected(model.variantProperty().get() == variant);
            choice.disableProperty().bind(model.runningProperty());
            choices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                model.variantProperty().set((ReportVariant) selected.getUserData());
            }
        });
        question.setLabelFor(choices.getChildren().get(1));
        choices.setAccessibleText(texts.get("assessment.report.variant.accessible"));
        return choices;
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void shown() {
        word.requestFocus();
    }
}
