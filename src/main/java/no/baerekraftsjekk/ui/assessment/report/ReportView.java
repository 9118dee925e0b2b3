package no.baerekraftsjekk.ui.assessment.report;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.ui.assessment.StepView;
import no.baerekraftsjekk.ui.assessment.Texts;

/**
 * Step 7, Rapport. The report writers are not part of this version yet, so the buttons are shown
 * but disabled with a note saying so, rather than hidden: the caseworker sees where reports will come.
 */
public final class ReportView implements StepView {
    private final VBox box;
    private final Label note;

    public ReportView() {
        Button word = new Button(Texts.get("assessment.report.word"));
        word.setId("makeWord");
        word.setDisable(true);
        word.setAccessibleText(Texts.get("assessment.report.word.accessible"));
        Button pdf = new Button(Texts.get("assessment.report.pdf"));
        pdf.setId("makePdf");
        pdf.setDisable(true);
        pdf.setAccessibleText(Texts.get("assessment.report.pdf.accessible"));
        note = new Label(Texts.get("assessment.report.later"));
        note.setId("reportNote");
        note.setWrapText(true);
        note.getStyleClass().add("report-note");
        note.setFocusTraversable(true);
        note.setAccessibleText(note.getText());
        box = new VBox(12, new HBox(12, word, pdf), note);
        box.setPadding(new Insets(4, 12, 12, 2));
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void shown() {
        note.requestFocus();
    }
}
