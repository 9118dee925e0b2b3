package no.baerekraftsjekk.report.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.format.SafeFileWriter;
import no.baerekraftsjekk.domain.portfolio.Portfolio;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.report.PdfReportWriter;
import no.baerekraftsjekk.report.ReportContent;
import no.baerekraftsjekk.report.WordReportWriter;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * Exports a portfolio: the one entry point of the window and the command line. Word and PDF go
 * through the program's own report writers (heading styles, the chart, tagged PDF/A-2a and PDF/UA-1 with the embedded
 * font), the worksheet through {@link PortfolioWorkbookWriter}. Files are written through
 * {@link SafeFileWriter}, so a failure leaves an older file as it was. One export at a time.
 */
public final class PortfolioExporter {
    private final PortfolioContentBuilder builder;
    private final WordReportWriter word;
    private final PdfReportWriter pdf;
    private final PortfolioWorkbookWriter workbook;

    /** For a council without local goals, in the language of {@code texts}. */
    public PortfolioExporter(Texts texts) {
        this(texts, List.of());
    }

    /**
     * In the language of {@code texts}, goal titles too; with a section on the council's own goals
     * when {@code localGoals} (its profile's) holds any.
     */
    public PortfolioExporter(Texts texts, List<LocalGoal> localGoals) {
        PortfolioTexts words = new PortfolioTexts(texts);
        this.builder = new PortfolioContentBuilder(words, localGoals);
        this.word = new WordReportWriter(texts);
        this.pdf = new PdfReportWriter(texts);
        this.workbook = new PortfolioWorkbookWriter(words, localGoals);
    }

    public void export(Portfolio portfolio, PortfolioFormat format, Path target) throws FileWriteException {
        SafeFileWriter.write(target, out -> export(portfolio, format, out));
    }

    public void export(Portfolio portfolio, PortfolioFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> workbook.write(portfolio, out);
            case DOCX -> word.write(content(portfolio), out);
            case PDF -> pdf.write(content(portfolio), out);
        }
    }

    public ReportContent content(Portfolio portfolio) {
        return builder.build(portfolio);
    }

    /** A file name for the export: "Baerekraftsportefolje-2027-01-01-2027-12-31.pdf", ASCII only. */
    public static String suggestName(Portfolio portfolio, PortfolioFormat format) {
        var filter = portfolio.filter();
        String period = (filter.from() == null ? "" : "-" + filter.from()) + (filter.to() == null ? "" : "-til-" + filter.to());
        return "Baerekraftsportefolje" + period + "." + format.extension();
    }
}
