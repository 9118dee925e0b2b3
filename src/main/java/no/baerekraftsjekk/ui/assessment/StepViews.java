package no.baerekraftsjekk.ui.assessment;

import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.assessment.caseinfo.CaseInfoView;
import no.baerekraftsjekk.ui.assessment.caseinfo.CaseInfoViewModel;
import no.baerekraftsjekk.ui.assessment.caseinfo.CaseChoices;
import no.baerekraftsjekk.ui.assessment.caseinfo.KnownCaseValues;
import no.baerekraftsjekk.ui.assessment.conflicts.ConflictsView;
import no.baerekraftsjekk.ui.assessment.conflicts.ConflictsViewModel;
import no.baerekraftsjekk.ui.assessment.dimensions.DimensionsView;
import no.baerekraftsjekk.ui.assessment.dimensions.DimensionsViewModel;
import no.baerekraftsjekk.ui.assessment.rating.RatingView;
import no.baerekraftsjekk.ui.assessment.rating.RatingViewModel;
import no.baerekraftsjekk.ui.assessment.report.ReportView;
import no.baerekraftsjekk.ui.assessment.report.ReportViewModel;
import no.baerekraftsjekk.ui.assessment.screening.ScreeningView;
import no.baerekraftsjekk.ui.assessment.screening.ScreeningViewModel;
import no.baerekraftsjekk.ui.assessment.summary.SummaryView;
import no.baerekraftsjekk.ui.assessment.summary.SummaryViewModel;

/** Makes the view and view model of each step, the first time the step is shown. */
final class StepViews {
    private StepViews() {
    }

    static StepView create(Step step, AssessmentEditorViewModel editor, AssessmentGuidance guidance, UiServices services) {
        return switch (step) {
            case CASE -> new CaseInfoView(new CaseInfoViewModel(editor, guidance.texts()), guidance.texts(),
                    KnownCaseValues.load(services), CaseChoices.of(services.profile().profile()));
            case SCREENING -> new ScreeningView(new ScreeningViewModel(editor), guidance);
            case ASSESSMENT -> new RatingView(new RatingViewModel(editor, guidance, services.glossary(),
                    services.profile().profile().localGoals()));
            case DIMENSIONS -> new DimensionsView(new DimensionsViewModel(editor, guidance.texts()), guidance.texts());
            case CONFLICTS -> new ConflictsView(new ConflictsViewModel(editor, guidance.texts()), guidance);
            case SUMMARY -> new SummaryView(new SummaryViewModel(editor, services.profile().profile().localGoals()), guidance);
            case REPORT -> new ReportView(new ReportViewModel(editor, services), guidance.texts());
        };
    }
}
