package no.baerekraftsjekk.report.portfolio;

/** The portfolio's export formats: a worksheet to work on, Word for the case papers, PDF/A for the archive. */
public enum PortfolioFormat {
    XLSX,
    DOCX,
    PDF;

    /** The file name extension without the dot; also what the command line takes. */
    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
