package no.baerekraftsjekk.storage.council;

import java.time.Instant;
import java.util.OptionalInt;
import no.baerekraftsjekk.domain.ReviewStep;

/** A leader's comment on an assessment under review, tied to a step and, for a goal's rating, to the goal. */
public record ReviewComment(long id, long assessmentId, ReviewStep step, OptionalInt goal, String text,
        String authorLogin, String authorName, Instant written) {
}
