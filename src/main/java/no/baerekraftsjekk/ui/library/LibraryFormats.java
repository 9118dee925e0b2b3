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

}
