package no.baerekraftsjekk.report;

import java.nio.charset.StandardCharsets;
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
    /** The longest name most file systems take, in UTF-8 bytes. */
    static final int MAX_BYTES = 255;

    private ReportFileName() {
    }

    /** A name for the report; the suffix ("baerekraftsvurdering") in the language of {@code texts}. */
    public static String suggest(CaseInfo info, ReportFormat format, Texts texts) {
        String suffix = " - " + texts.get("report.fileName.suffix") + "." + format.extension();
        // Linux and macOS count bytes, not characters: 120 characters of a three-byte script are 360.
        String stem = SafeFileName.of(info.caseNumber() + " " + info.title(), texts.get("report.fileName.untitled"),
                MAX_LENGTH - suffix.length(), MAX_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length);
        return stem + suffix;
    }
}
