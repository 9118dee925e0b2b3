package no.baerekraftsjekk.report;

import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.SafeFileName;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The file name a save dialog proposes for a report, e.g. {@code 2026-1234 Ny barneskole -
 * baerekraftsvurdering.pdf}, safe on every system by {@link SafeFileName}, and short enough to
 * leave room for a deep folder path.
 */
public final class ReportFileName {
    /** The whole name, extension included. */
    static final int MAX_LENGTH = 120;

    private ReportFileName() {
    }

    /** A name for the report; the suffix ("baerekraftsvurdering") in the language of {@code texts}. */
    public static String suggest(CaseInfo info, ReportFormat format, Texts texts) {
        String suffix = " - " + texts.get("report.fileName.suffix") + "." + format.extension();
        String stem = SafeFileName.of(info.caseNumber() + " " + info.title(), texts.get("report.fileName.untitled"),
                MAX_LENGTH - suffix.length());
        return stem + suffix;
    }
}
