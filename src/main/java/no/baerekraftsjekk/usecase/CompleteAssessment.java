package no.baerekraftsjekk.usecase;

import java.util.List;
import java.util.Objects;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Analysis;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.BlockingReason;

/**
 * Marks an assessment complete, only when the rules say it is sound (spec: every relevant goal
 * assessed and justified, the required conflicts handled); otherwise it is refused with the reasons.
 */
public final class CompleteAssessment {
    private final AssessmentAnalyzer analyzer;

    public CompleteAssessment(AssessmentAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer);
    }

    /** What became of the request. */
    public sealed interface Outcome {
        /** The assessment with status COMPLETE, to be stored. */
        record Completed(Assessment assessment) implements Outcome {
        }

        /** Not complete; nothing changed. The reasons say what to fix, the most important first. */
        record Refused(List<BlockingReason> reasons) implements Outcome {
        }
    }

    public Outcome complete(Assessment assessment) {
        return complete(assessment, analyzer.analyse(assessment));
    }

    /** For a caller that already holds the analysis of exactly this assessment (the editor does after every edit). */
    public Outcome complete(Assessment assessment, Analysis analysis) {
        if (!analysis.readyToComplete()) {
            return new Outcome.Refused(analysis.blocking());
        }
        return new Outcome.Completed(assessment.withStatus(Status.COMPLETE));
    }
}
