package no.baerekraftsjekk.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.Review;
import no.baerekraftsjekk.domain.ReviewStatus;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.text.Language;

/**
 * One row of a roll-up read, as both libraries' queries select it: 1 id, 2 title, 3 case number,
 * 4 case type, 5 organisation, 6 unit, 7 case date, 8 exemption basis, 9 status, 10 created,
 * 11 changed, 12 version, 13 changed by, 14 committee, 15 meeting date, 16 review status, 17 joined
 * ratings, 18 weighed conflicts, 19 alternatives, 20 recommended alternative. The times (10, 11) are
 * read by each library, which stores them differently. Free texts are left out.
 */
public final class RollUpRow {
    private RollUpRow() {
    }

    public static Assessment assessment(ResultSet row) throws SQLException {
        String review = row.getString(16);
        CaseInfo info = new CaseInfo(row.getString(2), row.getString(3), CaseType.valueOf(row.getString(4)),
                row.getString(5), row.getString(6), "", StoredTimes.date(row.getString(7)), "", row.getString(8),
                row.getString(14), StoredTimes.date(row.getString(15)));
        Assessment assessment = new Assessment(info, JoinedRatings.goals(row.getString(17)), Map.of(),
                JoinedRatings.handlings(row.getString(18)), "", "", Status.valueOf(row.getString(9)), null, Language.NB,
                review == null ? null : new Review(ReviewStatus.valueOf(review), "", null, ""));
        String alternatives = row.getString(19);
        return alternatives == null ? assessment : assessment.withAlternatives(RollUpAlternatives.read(alternatives))
                .withRecommendation(new Recommendation(row.getString(20), ""));
    }
}
