package no.baerekraftsjekk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A leader's review of an assessment. Texts are empty strings when absent; {@code date} may be null.
 * An approval only holds for a complete assessment: {@link Assessment} withdraws it when the status
 * goes back to draft, and a file with an approved draft is invalid.
 */
public record Review(ReviewStatus status, String reviewer, LocalDate date, String comment) {

    public Review {
        Objects.requireNonNull(status, "status");
        reviewer = Objects.requireNonNullElse(reviewer, "");
        comment = Objects.requireNonNullElse(comment, "");
    }

    public boolean isApproved() {
        return status == ReviewStatus.APPROVED;
    }

    public Review withStatus(ReviewStatus value) {
        return new Review(value, reviewer, date, comment);
    }
}
