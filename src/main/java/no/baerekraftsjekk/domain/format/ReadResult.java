package no.baerekraftsjekk.domain.format;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Message;

/**
 * A file that was read: the assessment and what was changed or ignored on the way, as messages.
 *
 * @param version the format version of the file
 */
public record ReadResult(Assessment assessment, List<Message> warnings, int version) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }

    /** A result not read from a file of a particular version: the current one. */
    public ReadResult(Assessment assessment, List<Message> warnings) {
        this(assessment, warnings, BkjReader.CURRENT_VERSION);
    }
}
