package no.baerekraftsjekk.ui.assessment.report;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.report.ReportVariant;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.common.FolderOpener;
import no.baerekraftsjekk.usecase.ExportReport;

/**
 * Step 7, Rapport: the report's language (the assessment's, else the window's, by default), asks where to save, writes the Word or PDF report in the background (one at a
 * time), and tells where it went. A file that cannot be written gets the writer's Norwegian message.
 */
public final class ReportViewModel {
    private final AssessmentEditorViewModel editor;
    private final UiServices services;
    private final Texts texts;
    private final Function<Language, ExportReport> exportsFactory;
    // One use case per language, made on first use: each holds its language's texts and guidance.
    private final Map<Language, ExportReport> exports = new EnumMap<>(Language.class);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MadeReport> made = new ReadOnlyObjectWrapper<>();

    /** One report written: a new value for every export, also to the same file again. */
    public record MadeReport(Path file, ReportFormat format) {
    }

    public ReportViewModel(AssessmentEditorViewModel editor, UiServices services) {
        this(editor, services, language -> language == services.texts().language()
                ? ExportReport.standard(services.analyzer(), services.reference(), services.texts(), services.profile().profile())
                : ExportReport.standard(services.analyzer(), ReferenceTexts.load(language), Texts.of(language),
                        services.profile().profile()));
    }

    /** «Kort» or «Full»; full unless the caseworker chooses otherwise. */
    private final javafx.beans.property.ObjectProperty<ReportVariant> variant =
            new javafx.beans.property.SimpleObjectProperty<>(ReportVariant.FULL);

    public javafx.beans.property.ObjectProperty<ReportVariant> variantProperty() {
        return variant;
    }

    /** @param exportsFactory the use case that writes reports in a given language; called once per language */
    ReportViewModel(AssessmentEditorViewModel editor, UiServices services, Function<Language, ExportReport> exportsFactory) {
        this.editor = editor;
        this.services = services;
        this.texts = services.texts();
        this.exportsFactory = exportsFactory;
        // The language the assessment is written in; where that is bokmål, the model's default, which
        // a file without the field also reads as, the window's language (a nynorsk window's new work).
        // A council that writes its reports in one language says so in its profile, and that comes first.
        Language written = editor.assessment().language();
        language.set(services.profile().profile().reportLanguage()
                .orElse(written != Language.BASE ? written : texts.language()));
    }

    /** The language the next report is written in; the caseworker may change it before exporting. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    private ExportReport exportsIn(Language reportLanguage) {
        return exports.computeIfAbsent(reportLanguage, exportsFactory);
    }

    /**
     * The blocks of the report's first page, in the chosen language and variant, from the same
     * builder the writers use: what the preview in the step shows.
     */
    public java.util.List<no.baerekraftsjekk.report.ReportBlock> firstPage() {
        Language chosen = language.get();
        Texts words = chosen == texts.language() ? texts : Texts.of(chosen);
        ReferenceTexts reference = chosen == texts.language() ? services.reference() : ReferenceTexts.load(chosen);
        var builder = new no.baerekraftsjekk.report.ReportContentBuilder(
                new no.baerekraftsjekk.report.ReportGuidance(reference, editor.analyzer().mapping()), words);
        var blocks = builder.build(editor.assessment(), editor.analysis(), variant.get()).blocks();
        int end = blocks.indexOf(new no.baerekraftsjekk.report.ReportBlock.PageBreak());
        return end < 0 ? blocks : blocks.subList(0, end);
    }

    /** Asks where to save and starts writing; does nothing when the dialog is cancelled or a report is being made. */
    public void export(ReportFormat format) {
        if (running.get()) {
            return;
        }
        Assessment assessment = editor.wholeCase();
        // Only made here, on the FX thread; the writers inside load lazily, in the background task.
        ExportReport reportExports = exportsIn(language.get());
        Optional<Path> target = services.fileDialogs().chooseSaveLocation(
                reportExports.suggestedName(assessment, format), format.extension());
        if (target.isEmpty()) {
            return;
        }
        running.set(true);
        message.set(texts.get("assessment.report.making." + format.name()));
        Path path = target.get();
        ReportVariant chosen = variant.get();
        long id = editor.assessmentId();
        services.tasks().run(() -> {
            // The council library's audit trail names who exported an exempt assessment, and when: written
            // first, so no report of one leaves the program unrecorded.
            services.library().recordExport(id, format.extension() + ": " + path.getFileName());
            return reportExports.export(assessment, format, chosen, path);
        }).onSuccess(written -> {
            lastReport.set(written);
            made.set(new MadeReport(written, format));
            message.set(texts.get("assessment.report.made." + format.name()));
            editor.reportMadeProperty().set(true);
            remember();
        }).onFailure(FileWriteException.class, error -> {
            message.set("");
            services.errors().showError(texts.get("assessment.report.failed.title"), texts.explain(error));
        }).onFailure(no.baerekraftsjekk.storage.LibraryException.class, error -> {
            message.set("");
            services.errors().showError(texts.get("assessment.report.failed.title"), texts.explain(error));
        }).onFailure(error -> {
            message.set("");
            services.errors().showUnexpected(error);
        }).andFinally(() -> running.set(false)).start();
    }

    /**
     * Stores that a report was made, so step 7 is done on the next open too. The report itself is
     * written already: a library that cannot take the note is logged, not shown as a failed export.
     */
    private void remember() {
        long id = editor.assessmentId();
        services.tasks().run(() -> {
            services.library().rememberReport(id, java.time.Instant.now());
            return id;
        }).onFailure(error -> LOG.warn("Could not remember that a report of assessment {} was made", id, error)).start();
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportViewModel.class);

    /**
     * Opens the last report in the program the system uses for it (Word, a PDF reader), so the
     * caseworker can read it before sending it on. Where the system cannot, says where the file is.
     */
    public void openReport() {
        Path report = lastReport.get();
        if (report == null) {
            return;
        }
        Path file = report.toAbsolutePath();
        // The desktop's "open" takes a file as well as a folder.
        services.tasks().run(() -> FolderOpener.desktop().open(file)).onSuccess(opened -> {
            if (!opened) {
                message.set(texts.get("assessment.windowSmall.report.cannotOpenFile", file.toString()));
            }
        }).onFailure(error -> message.set(texts.get("assessment.windowSmall.report.cannotOpenFile", file.toString()))).start();
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
