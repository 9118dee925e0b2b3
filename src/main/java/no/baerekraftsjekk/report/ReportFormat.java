package no.baerekraftsjekk.report;

/** The two report formats: Word for the case papers, PDF/A for the archive. */
public enum ReportFormat {
    WORD("docx"),
    PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without the dot. */
    public String extension() {
        return extension;
    }
}
