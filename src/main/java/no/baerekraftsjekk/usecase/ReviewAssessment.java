package no.baerekraftsjekk.usecase;

import java.time.LocalDate;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;

/**
 * The steps of a leader's review (kvalitetssikring), as changes of the assessment's {@code review}:
 * the author asks, the leader returns it with comments or approves it. The same for the window and
 * any other caller; the council library checks again who may take each step.
 */
public final class ReviewAssessment {
    private ReviewAssessment() {
    }

    /** The author asks for a review (again, after a return): who reviewed before is kept. */
    public static Assessment requested(Assessment assessment, LocalDate today) {
        Review before = assessment.review();
        return assessment.withReview(new Review(ReviewStatus.REQUESTED, before == null ? "" : before.reviewer(), today,
                before == null ? "" : before.comment()));
    }

    /** The leader sends it back to the author, with the comments written beside it. */
    public static Assessment returned(Assessment assessment, String leader, LocalDate today, String summary) {
        return assessment.withReview(new Review(ReviewStatus.RETURNED, leader, today, summary));
    }

    /** The leader approves it; only a complete assessment can be approved. */
    public static Assessment approved(Assessment assessment, String leader, LocalDate today) {
        if (assessment.status() != Status.COMPLETE) {
            throw new IllegalStateException("Only a complete assessment is approved");
        }
        return assessment.withReview(new Review(ReviewStatus.APPROVED, leader, today, ""));
    }

    public static boolean isApproved(Assessment assessment) {
        return assessment.review() != null && assessment.review().isApproved();
    }

    /**
     * An edit of an approved assessment: it becomes a draft, and the review is asked for again
     * (what the leader wrote is kept). An edit of anything else is left as it is.
     */
    public static Assessment afterEdit(Assessment before, Assessment after) {
        if (!isApproved(before) || after.equals(before)) {
            return after;
        }
        return after.withStatus(Status.DRAFT);
    }
}
