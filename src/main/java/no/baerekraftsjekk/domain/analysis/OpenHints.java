package no.baerekraftsjekk.domain.analysis;

import java.util.List;
import no.baerekraftsjekk.domain.Assessment;

/**
 * Which of the hints rule 5 gives are still open: those the caseworker has not marked «Vurdert – ikke
 * aktuelt». {@code check} lists every hint, as the spec says; the window shows the open ones first and
 * the dismissed ones apart, and only the open ones reach the reports.
 */
public final class OpenHints {
    private OpenHints() {
    }

    public static List<Hint> of(Analysis analysis, Assessment assessment) {
        return analysis.hints().stream().filter(h -> !isDismissed(h, assessment)).toList();
    }

    public static List<Hint> dismissed(Analysis analysis, Assessment assessment) {
        return analysis.hints().stream().filter(h -> isDismissed(h, assessment)).toList();
    }

    public static boolean isDismissed(Hint hint, Assessment assessment) {
        return assessment.dismissalOf(hint.goals(), hint.overlookedGoal()).isPresent();
    }
}
