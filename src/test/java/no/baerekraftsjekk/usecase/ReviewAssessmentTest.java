package no.baerekraftsjekk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;

class ReviewAssessmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Assessment complete = Assessment.newDraft("Sak").withStatus(Status.COMPLETE);

    @Test
    void askReturnAskAgainAndApproveKeepWhoReviewedAndWhen() {
        Assessment asked = ReviewAssessment.requested(complete, TODAY);
        assertThat(asked.review().status()).isEqualTo(ReviewStatus.REQUESTED);
        Assessment returned = ReviewAssessment.returned(asked, "Lena Leder", TODAY, "Se 2 kommentarer.");
        assertThat(returned.review().reviewer()).isEqualTo("Lena Leder");
        assertThat(ReviewAssessment.requested(returned, TODAY.plusDays(1)).review().reviewer()).isEqualTo("Lena Leder");
        Assessment approved = ReviewAssessment.approved(asked, "Lena Leder", TODAY);
        assertThat(approved.review().isApproved()).isTrue();
        assertThat(approved.review().date()).isEqualTo(TODAY);
    }

    @Test
    void onlyACompleteAssessmentIsApproved() {
        assertThatThrownBy(() -> ReviewAssessment.approved(Assessment.newDraft("Utkast"), "Lena Leder", TODAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangeToAnApprovedAssessmentMakesItADraftAskingForANewReviewAndOtherChangesStayAsTheyAre() {
        Assessment approved = ReviewAssessment.approved(complete, "Lena Leder", TODAY);
        Assessment changed = ReviewAssessment.afterEdit(approved, approved.withConclusion("Ny konklusjon"));
        assertThat(changed.status()).isEqualTo(Status.DRAFT);
        assertThat(changed.review().status()).isEqualTo(ReviewStatus.REQUESTED);
        assertThat(changed.review().reviewer()).isEqualTo("Lena Leder");
        assertThat(changed.conclusion()).isEqualTo("Ny konklusjon");

        Assessment notApproved = complete.withConclusion("x");
        assertThat(ReviewAssessment.afterEdit(complete, notApproved)).isEqualTo(notApproved);
        assertThat(ReviewAssessment.afterEdit(approved, approved)).isEqualTo(approved);
    }
}
