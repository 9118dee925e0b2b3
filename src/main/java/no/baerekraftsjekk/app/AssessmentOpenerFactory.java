package no.baerekraftsjekk.app;

import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.assessment.AssessmentPage;
import no.baerekraftsjekk.ui.main.AssessmentOpener;

/** Chooses the screen that opens an assessment, once the services exist; tests may pass their own. */
@FunctionalInterface
public interface AssessmentOpenerFactory {

    AssessmentOpener create(UiServices services);

    /** The assessment editor. */
    static AssessmentOpenerFactory standard() {
        return services -> (id, onClose) -> new AssessmentPage(services, id, onClose).root();
    }
}
