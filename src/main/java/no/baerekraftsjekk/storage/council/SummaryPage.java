package no.baerekraftsjekk.storage.council;

import java.util.List;
import no.baerekraftsjekk.storage.AssessmentSummary;

/** One page of the library list, newest first; {@code more} when another page follows. */
public record SummaryPage(List<AssessmentSummary> rows, int offset, boolean more) {

    public SummaryPage {
        rows = List.copyOf(rows);
    }
}
