package no.baerekraftsjekk.domain.format;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.text.Message;

/** A file that was read: the assessment and what was changed or ignored on the way, as messages. */
public record ReadResult(Assessment assessment, List<Message> warnings) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
