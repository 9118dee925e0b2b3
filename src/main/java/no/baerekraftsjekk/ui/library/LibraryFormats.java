package no.baerekraftsjekk.ui.library;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Texts;

/** How the library shows its values: the short value names, the time of a change, a file name. */
final class LibraryFormats {
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int MAX_FILE_NAME = 80;

    private LibraryFormats() {
    }

    static String caseType(CaseType type, Texts texts) {
        return type == null ? "" : texts.name(type);
    }

    static String status(Status status, Texts texts) {
        return status == null ? "" : texts.name(status);
    }

    static String changed(Instant instant, ZoneId zone) {
        return instant == null ? "" : CHANGED.format(instant.atZone(zone));
    }

    /** A file name from a title that Windows, macOS and Linux all accept. */
    static String safeFileName(String title, Texts texts) {
        String name = title == null ? "" : title
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME).strip();
        }
        return name.isEmpty() ? texts.get("library.export.defaultName") : name;
    }
}
