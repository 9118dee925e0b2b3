package no.baerekraftsjekk.ui.assessment.report;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportExporter;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.report.ReportVariant;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.common.FolderOpener;
import no.baerekraftsjekk.usecase.ExportReport;

/**
 * Step 7, Rapport: asks where to save, writes the Word or PDF report in the background (one at a
 * time), and tells where it went. A file that cannot be written gets the writer's Norwegian message.
 */
public final class ReportViewModel {
    private final AssessmentEditorViewModel editor;
    private final UiServices services;
    private final Texts texts;
    private final ExportReport exports;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MadeReport> made = new ReadOnlyObjectWrapper<>();

    /** One report written: a new value for every export, also to the same file again. */
    public record MadeReport(Path file, ReportFormat format) {
    }

    public ReportViewModel(AssessmentEditorViewModel editor, UiServices services) {
        // The report speaks the window's language until the format's own language field decides it.
        this(editor, services, () -> new ReportExporter(services.analyzer(),
                new no.baerekraftsjekk.report.ReportGuidance(services.reference(), services.analyzer().mapping()),
                services.texts()));
    }

    /** «Kort» or «Full»; full unless the caseworker chooses otherwise. */
    private final javafx.beans.property.ObjectProperty<ReportVariant> variant =
            new javafx.beans.property.SimpleObjectProperty<>(ReportVariant.FULL);

    public javafx.beans.property.ObjectProperty<ReportVariant> variantProperty() {
        return variant;
    }

    ReportViewModel(AssessmentEditorViewModel editor, UiServices services, Supplier<ReportExporter> exporterFactory) {
        this.editor = editor;
        this.services = services;
        this.texts = services.texts();
        this.exports = new ExportReport(exporterFactory, texts);
    }

    /** Asks where to save and starts writing; does nothing when the dialog is cancelled or a report is being made. */
    public void export(ReportFormat format) {
        if (running.get()) {
            return;
        }
        Assessment assessment = editor.assessment();
        Optional<Path> target = services.fileDialogs().chooseSaveLocation(
                exports.suggestedName(assessment, format), format.extension());
        if (target.isEmpty()) {
            return;
        }
        running.set(true);
        message.set(texts.get("assessment.report.making." + format.name()));
        Path path = target.get();
        ReportVariant chosen = variant.get();
        services.tasks().run(() -> exports.export(assessment, format, chosen, path)).onSuccess(written -> {
            lastReport.set(written);
            made.set(new MadeReport(written, format));
            message.set(texts.get("assessment.report.made." + format.name()));
            editor.reportMadeProperty().set(true);
        }).onFailure(FileWriteException.class, error -> {
            message.set("");
            services.errors().showError(texts.get("assessment.report.failed.title"), texts.explain(error));
        }).onFailure(error -> {
            message.set("");
            services.errors().showUnexpected(error);
        }).andFinally(() -> running.set(false)).start();
    }

    /** Opens the folder of the last report in the system's file manager, where the system allows it. */
    public void showFolder() {
        Path report = lastReport.get();
        if (report == null) {
            return;
        }
        Path folder = report.toAbsolutePath().getParent();
        services.tasks().run(() -> FolderOpener.desktop().open(folder)).onSuccess(opened -> {
            if (!opened) {
                message.set(texts.get("assessment.report.cannotOpen", folder.toString()));
            }
        }).onFailure(error -> message.set(texts.get("assessment.report.cannotOpen", folder.toString()))).start();
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> lastReportProperty() { return lastReport.getReadOnlyProperty(); }
    /** The report just written, for the notification that says so. */
    public ReadOnlyObjectProperty<MadeReport> madeProperty() { return made.getReadOnlyProperty(); }
}
