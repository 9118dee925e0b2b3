package no.baerekraftsjekk.domain.format;

import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Message;

/**
 * What an assessment holds that version 1 of the format has no field for, for older programs.
 * The spec names what makes a version 1 file impossible (alternatives, review, the certainty
 * UNKNOWN: leaving them out would change what the file says); the rest is left out with a note.
 */
public final class Version1 {
    private Version1() {
    }

    /** Why the assessment cannot be written as version 1; empty when it can. */
    public static List<Message> cannotExpress(Assessment assessment) {
        List<Message> reasons = new ArrayList<>();
        if (assessment.hasAlternatives()) {
            reasons.add(Message.of("alternatives.format.version1", assessment.alternatives().size()));
        }
        if (assessment.review() != null) {
            reasons.add(Message.of("format.v2.version1.review"));
        }
        List<String> unknown = assessment.goals().values().stream()
                .filter(g -> g.certainty() == Certainty.UNKNOWN)
                .map(GoalAssessment::goal).map(String::valueOf).toList();
        if (!unknown.isEmpty()) {
            reasons.add(Message.of("format.v2.version1.unknownCertainty", String.join(", ", unknown)));
        }
        return reasons;
    }

    /** What a version 1 file leaves out (the id is not named: a version 1 file gets a new one when imported). */
    public static List<Message> leftOut(Assessment assessment) {
        List<Message> parts = new ArrayList<>();
        if (!assessment.caseInfo().committee().isEmpty()) {
            parts.add(Message.of("format.v2.version1.committee"));
        }
        if (assessment.caseInfo().meetingDate() != null) {
            parts.add(Message.of("format.v2.version1.meetingDate"));
        }
        if (assessment.language() != Language.NB) {
            parts.add(Message.of("format.v2.version1.language", assessment.language().code()));
        }
        return parts;
    }
}
