package no.baerekraftsjekk.usecase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.report.CouncilLook;
import no.baerekraftsjekk.report.ReportExporter;
import no.baerekraftsjekk.report.ReportFileName;
import no.baerekraftsjekk.report.ReportFormat;
import no.baerekraftsjekk.report.ReportVariant;
import no.baerekraftsjekk.report.ReportGuidance;

/**
 * Writes the Word or PDF report of an assessment, the same way from the window's Rapport step and
 * the command line's {@code export}. One export at a time per instance; the writers are made on
 * first use (they load fonts and styles), off the FX thread in the window.
 */
public final class ExportReport {
    private final Supplier<ReportExporter> exporterFactory;
    private final Texts texts;
    private ReportExporter exporter;

    /**
     * Reports with the rules (and the organisation's grouping of goals) the assessment is analysed by,
     * the guidance and the words of {@code texts}' language.
     */
    public static ExportReport standard(AssessmentAnalyzer analyzer, ReferenceTexts reference, Texts texts) {
        return standard(analyzer, reference, texts, CouncilProfile.builtIn());
    }

    /** As {@link #standard(AssessmentAnalyzer, ReferenceTexts, Texts)}, with the council's local goals, letterhead and template. */
    public static ExportReport standard(AssessmentAnalyzer analyzer, ReferenceTexts reference, Texts texts, CouncilProfile profile) {
        return new ExportReport(() -> new ReportExporter(analyzer,
                new ReportGuidance(reference, analyzer.mapping(), profile.localGoals()), texts, CouncilLook.of(profile)), texts);
    }

    /** @param exporterFactory called once, on first use; {@code texts} names the files in the report's language */
    public ExportReport(Supplier<ReportExporter> exporterFactory, Texts texts) {
        this.exporterFactory = Objects.requireNonNull(exporterFactory);
        this.texts = Objects.requireNonNull(texts);
    }

    /** The name a save dialog proposes, e.g. {@code 2026-1234 Ny barneskole - baerekraftsvurdering.pdf}. */
    public String suggestedName(Assessment assessment, ReportFormat format) {
        return ReportFileName.suggest(assessment.caseInfo(), format, texts);
    }

    /**
     * Writes the report to {@code target}, or into it under the suggested name when it is a folder;
     * returns the file written. A file that cannot be written throws {@link FileWriteException} with
     * a Norwegian message, and an older file of the same name is left as it was.
     */
    public synchronized Path export(Assessment assessment, ReportFormat format, Path target) throws FileWriteException {
        return export(assessment, format, ReportVariant.FULL, target);
    }

    /** As {@link #export(Assessment, ReportFormat, Path)}, in the variant «Kort» or «Full». */
    public synchronized Path export(Assessment assessment, ReportFormat format, ReportVariant variant, Path target)
            throws FileWriteException {
        Path file = Files.isDirectory(target) ? target.resolve(suggestedName(assessment, format)) : target;
        if (exporter == null) {
            exporter = exporterFactory.get();
        }
        exporter.export(assessment, format, variant, file);
        return file;
    }
}
