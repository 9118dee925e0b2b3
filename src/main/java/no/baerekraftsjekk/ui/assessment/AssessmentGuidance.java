package no.baerekraftsjekk.ui.assessment;

import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.guidance.Glossary;
import no.baerekraftsjekk.domain.guidance.GoalGuidanceCatalog;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.domain.guidance.TargetLabels;

/** The reference data and guidance texts the editor shows, loaded once per open assessment. */
public record AssessmentGuidance(GoalCatalog goals, StepHelp steps, GoalGuidanceCatalog goalGuidance,
                                 TargetLabels targetLabels, Glossary glossary) {

    public static AssessmentGuidance loadDefault() {
        return new AssessmentGuidance(GoalCatalog.standard(), StepHelp.loadDefault(),
                GoalGuidanceCatalog.loadDefault(), TargetLabels.loadDefault(),
                Glossary.loadDefault());
    }
}
