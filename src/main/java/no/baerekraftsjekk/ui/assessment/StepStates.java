package no.baerekraftsjekk.ui.assessment;

import java.util.EnumMap;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;

/**
 * Derives the state of every step from the assessment and its analysis. It only reads what the
 * analysis already decided (what blocks completion, which conflicts exist); the states are a way of
 * showing that in the step list, not rules of their own.
 */
public final class StepStates {
    /** A clear negative (middels or more) deserves the caseworker's own words about its dimension. */
    private static final int NOTABLE_NEGATIVE = 2;

    private StepStates() {
    }

    public static Map<Step, StepState> of(Assessment assessment, Analysis analysis, boolean reportMade) {
        Map<Step, StepState> states = new EnumMap<>(Step.class);
        states.put(Step.CASE, caseState(assessment.caseInfo()));
        states.put(Step.SCREENING, screeningState(assessment));
        states.put(Step.ASSESSMENT, ratingState(assessment, analysis));
        states.put(Step.DIMENSIONS, dimensionsState(assessment, analysis));
        states.put(Step.CONFLICTS, conflictsState(assessment, analysis));
        states.put(Step.SUMMARY, summaryState(assessment));
        states.put(Step.REPORT, reportMade ? StepState.DONE : StepState.NOT_STARTED);
        return states;
    }

    private static StepState caseState(CaseInfo info) {
        // A new assessment: nothing typed yet is not yet a problem.
        if (info.title().isBlank() && info.caseNumber().isBlank() && info.description().isBlank()
                && info.committee().isBlank() && !info.isExempt()) {
            return StepState.NOT_STARTED;
        }
        if (info.title().isBlank() || (info.isExempt() && info.exemptionBasis().isBlank())) {
            return StepState.NEEDS_ATTENTION;
        }
        return info.description().isBlank() ? StepState.IN_PROGRESS : StepState.DONE;
    }

    private static StepState screeningState(Assessment assessment) {
        int screened = assessment.goals().size();
        if (screened == 0) {
            return StepState.NOT_STARTED;
        }
        return screened == Goal.COUNT ? StepState.DONE : StepState.IN_PROGRESS;
    }

    private static StepState ratingState(Assessment assessment, Analysis analysis) {
        var relevant = assessment.goals().values().stream().filter(GoalAssessment::isRelevant).toList();
        if (relevant.isEmpty()) {
            return StepState.NOT_STARTED;
        }
        boolean anyMissing = analysis.blocking().stream()
                .anyMatch(r -> r.kind() == BlockingReason.Kind.MISSING_JUSTIFICATION);
        if (!anyMissing) {
            return StepState.DONE;
        }
        boolean anyTouched = relevant.stream().anyMatch(StepStates::isTouched);
        return anyTouched ? StepState.IN_PROGRESS : StepState.NOT_STARTED;
    }

    private static boolean isTouched(GoalAssessment goal) {
        return goal.positive() > 0 || goal.negative() > 0 || !goal.justification().isBlank()
                || goal.certainty() != null || goal.horizon() != null || !goal.targets().isEmpty();
    }

    private static StepState dimensionsState(Assessment assessment, Analysis analysis) {
        for (DimensionLevel level : analysis.dimensions().values()) {
            if (level.negative() >= NOTABLE_NEGATIVE && assessment.dimensionText(level.dimension()).isBlank()) {
                return StepState.NEEDS_ATTENTION;
            }
        }
        long written = java.util.Arrays.stream(Dimension.values())
                .filter(d -> !assessment.dimensionText(d).isBlank()).count();
        if (written == 0) {
            return StepState.NOT_STARTED;
        }
        return written == Dimension.values().length ? StepState.DONE : StepState.IN_PROGRESS;
    }

    private static StepState conflictsState(Assessment assessment, Analysis analysis) {
        boolean unhandled = analysis.blocking().stream()
                .anyMatch(r -> r.kind() == BlockingReason.Kind.UNHANDLED_CONFLICT);
        if (unhandled) {
            return StepState.NEEDS_ATTENTION;
        }
        boolean anyWeighed = assessment.conflicts().stream().anyMatch(h -> !h.handling().isBlank());
        // While goals are still to be screened or rated, new conflicts may yet appear: saying
        // «Ferdig» then would be a promise the step cannot keep.
        boolean ratingsSettled = screeningState(assessment) == StepState.DONE
                && analysis.blocking().stream().noneMatch(r -> r.kind() == BlockingReason.Kind.MISSING_JUSTIFICATION);
        if (!ratingsSettled) {
            return anyWeighed ? StepState.IN_PROGRESS : StepState.NOT_STARTED;
        }
        // Small conflicts may stay unweighed (rule 6): the step is done when every required one is.
        boolean allHandled = analysis.conflictsNeedingHandling().stream().allMatch(c -> c.handled());
        return allHandled ? StepState.DONE : StepState.IN_PROGRESS;
    }

    private static StepState summaryState(Assessment assessment) {
        if (assessment.status() == Status.COMPLETE) {
            return StepState.DONE;
        }
        boolean written = !assessment.conclusion().isBlank() || !assessment.collaboration().isBlank();
        return written ? StepState.IN_PROGRESS : StepState.NOT_STARTED;
    }
}
