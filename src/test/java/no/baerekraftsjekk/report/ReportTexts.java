package no.baerekraftsjekk.report;

/** Helpers for comparing text read back from a document with the text that went in. */
final class ReportTexts {
    private ReportTexts() {
    }

    /**
     * Text without white space: PDF text extraction breaks lines and pages wherever the layout did,
     * so content is compared character for character with all spacing removed.
     */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
