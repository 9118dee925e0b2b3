package no.baerekraftsjekk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.SafeFileWriter;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * Exports an assessment as a report: the one entry point the window (step Rapport) and the command
 * line use.
 *
 * <pre>{@code
 * ReportExporter exporter = ReportExporter.standard();          // or new ReportExporter(analyzer, guidance, texts)
 * exporter.warmUp();                                            // optional, in the background after start
 * String name = ReportFileName.suggest(assessment.caseInfo(), ReportFormat.PDF, texts);
 * exporter.export(assessment, ReportFormat.PDF, folder.resolve(name));  // throws FileWriteException
 * exporter.export(assessment, ReportFormat.WORD, ReportVariant.SHORT, path);   // «Kort», for the saksframlegg
 * }</pre>
 *
 * <ul>
 *   <li>{@link #export} analyses the assessment, builds the report once ({@link ReportContentBuilder})
 *       and renders it as Word (.docx) or tagged PDF/A-2a (PDF/UA-1). It writes through {@link SafeFileWriter}: a
 *       temporary file beside the target, then a move, so a failure leaves the old file as it was and
 *       no partial file behind. The {@link FileWriteException} carries an explanation
 *       ({@code texts.explain(e)}) that says what and where.</li>
 *   <li>{@link #warmUp()} writes one small report in each format to memory so the first real export
 *       is fast (class loading, font parsing). It takes a second or two on a cold JVM; call it off the
 *       UI thread.</li>
 *   <li>Not thread-safe: one export at a time per instance (the UI's single background task, or the
 *       command line). Blocking work; never call it on the JavaFX thread.</li>
 * </ul>
 */
public final class ReportExporter {
    private final AssessmentAnalyzer analyzer;
    private final ReportContentBuilder builder;
    private final CaseReportBuilder caseBuilder;
    private final Texts texts;
    private final CouncilLook look;
    /** Made on first use: the PDF writer reads its fonts (1.3 MB) when made, which a Word report does not need. */
    private WordReportWriter word;
    private PdfReportWriter pdf;

    /** An exporter whose reports speak the language of {@code texts}; {@code guidance} should be in the same language. */
    public ReportExporter(AssessmentAnalyzer analyzer, ReportGuidance guidance, Texts texts) {
        this(analyzer, guidance, texts, CouncilLook.none());
    }

    /** @param look the council's letterhead and Word template, from its profile */
    public ReportExporter(AssessmentAnalyzer analyzer, ReportGuidance guidance, Texts texts, CouncilLook look) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.builder = new ReportContentBuilder(guidance, texts);
        this.caseBuilder = new CaseReportBuilder(builder, guidance, texts);
        this.texts = texts;
        this.look = Objects.requireNonNull(look, "look");
    }

    /** An exporter with the program's own rules and guidance, writing bokmål. */
    public static ReportExporter standard() {
        return new ReportExporter(AssessmentAnalyzer.standard(), ReportGuidance.standard(), Texts.of(Language.BASE));
    }

    /** Writes the full report for {@code assessment} to {@code target}, replacing a file that is there. */
    public void export(Assessment assessment, ReportFormat format, Path target) throws FileWriteException {
        export(assessment, format, ReportVariant.FULL, target);
    }

    /** Writes the report in the given variant to {@code target}, replacing a file that is there. */
    public void export(Assessment assessment, ReportFormat format, ReportVariant variant, Path target) throws FileWriteException {
        ReportContent content = content(assessment, variant);
        // A case exempt from public access gets a report only its owner can read.
        SafeFileWriter.write(target, out -> render(content, format, out), assessment.caseInfo().isExempt());
    }

    /** Writes the full report to a stream, for callers that hold their own file or a case system's upload. */
    public void export(Assessment assessment, ReportFormat format, OutputStream out) throws IOException {
        export(assessment, format, ReportVariant.FULL, out);
    }

    public void export(Assessment assessment, ReportFormat format, ReportVariant variant, OutputStream out) throws IOException {
        render(content(assessment, variant), format, out);
    }

    /** The format-neutral full report both writers render; for a preview or a test. */
    public ReportContent content(Assessment assessment) {
        return content(assessment, ReportVariant.FULL);
    }

    public ReportContent content(Assessment assessment, ReportVariant variant) {
        if (assessment.hasAlternatives()) {
            return caseBuilder.build(assessment, analyzer.analyseCase(assessment), analyzer, variant);
        }
        return builder.build(assessment, analyzer.analyse(assessment), variant);
    }

    /** Exercises both writers once on a small assessment, in memory, so the first real export is fast. */
    public void warmUp() {
        Assessment sample = warmUpSample();
        for (ReportFormat format : ReportFormat.values()) {
            try {
                export(sample, format, OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new IllegalStateException("The report writers could not warm up", e);
            }
        }
    }

    private void render(ReportContent content, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case WORD -> word().write(content, out);
            case PDF -> pdf().write(content, out);
        }
    }

    // One export at a time per instance; synchronized all the same, as it costs nothing here.
    private synchronized WordReportWriter word() {
        if (word == null) {
            word = new WordReportWriter(texts, look);
        }
        return word;
    }

    private synchronized PdfReportWriter pdf() {
        if (pdf == null) {
            pdf = new PdfReportWriter(texts, look);
        }
        return pdf;
    }

    private static Assessment warmUpSample() {
        CaseInfo info = new CaseInfo("Oppvarming", "0000/0", CaseType.OTHER, "", "", "", LocalDate.of(2026, 1, 1), "", null);
        GoalAssessment goal = new GoalAssessment(11, Relevance.DIRECT, 2, 1, Certainty.MEDIUM, Horizon.LONG,
                List.of("11.2"), "Æ ø å", "");
        return new Assessment(info, Map.of(11, goal), Map.of(Dimension.SOCIAL, "Tekst"), List.of(), "", "", Status.DRAFT);
    }
}
