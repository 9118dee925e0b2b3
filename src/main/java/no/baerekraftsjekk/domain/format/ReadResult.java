package no.baerekraftsjekk.domain.format;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;

/** A file that was read: the assessment and what was changed or ignored on the way, in Norwegian. */
public record ReadResult(Assessment assessment, List<String> warnings) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
