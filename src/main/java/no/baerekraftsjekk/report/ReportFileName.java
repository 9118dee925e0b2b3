package no.baerekraftsjekk.report;

import java.util.Locale;
import java.util.Set;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The file name a save dialog proposes for a report, e.g. {@code 2026-1234 Ny barneskole -
 * baerekraftsvurdering.pdf}. Safe on Windows, where most caseworkers work: no reserved characters
 * or control characters, no reserved device names, no trailing dot or space, and short enough to
 * leave room for a deep folder path.
 */
public final class ReportFileName {
    /** Characters Windows refuses in a file name, plus the separators of every system. */
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /** The whole name, extension included. */
    static final int MAX_LENGTH = 120;

    private ReportFileName() {
    }

    /** A name for the report; the suffix ("baerekraftsvurdering") in the language of {@code texts}. */
    public static String suggest(CaseInfo info, ReportFormat format, Texts texts) {
        String suffix = " - " + texts.get("report.fileName.suffix") + "." + format.extension();
        String stem = clean((info.caseNumber() + " " + info.title()).strip());
        if (stem.codePoints().noneMatch(Character::isLetterOrDigit)) {
            stem = texts.get("report.fileName.untitled");
        }
        int room = MAX_LENGTH - suffix.length();
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room));
        }
        stem = stripTrailingDotsAndSpaces(stem);
        if (DEVICE_NAMES.contains(stem.toUpperCase(Locale.ROOT))) {
            stem = "_" + stem;
        }
        return stem + suffix;
    }

    /** Replaces what Windows refuses with '-', and folds runs of white space or dashes into one. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (RESERVED.indexOf(cp) >= 0) {
                out.append('-');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return stripTrailingDotsAndSpaces(out.toString().replaceAll(" {2,}", " ").replaceAll("-{2,}", "-").strip());
    }

    private static String stripTrailingDotsAndSpaces(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(0, end);
    }
}
