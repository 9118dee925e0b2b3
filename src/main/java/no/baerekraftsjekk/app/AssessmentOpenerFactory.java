package no.baerekraftsjekk.app;

import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.main.AssessmentOpener;
import no.baerekraftsjekk.ui.main.PlaceholderAssessmentOpener;

/** Chooses the screen that opens an assessment, once the services exist. */
@FunctionalInterface
public interface AssessmentOpenerFactory {

    AssessmentOpener create(UiServices services);

    static AssessmentOpenerFactory standard() {
        // The assessment editor (branch ui-flow) replaces this placeholder when it lands.
        return PlaceholderAssessmentOpener::new;
    }
}
