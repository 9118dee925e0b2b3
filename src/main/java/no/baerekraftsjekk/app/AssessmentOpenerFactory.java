package no.baerekraftsjekk.app;

import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.assessment.AssessmentHost;
import no.baerekraftsjekk.ui.main.AssessmentOpener;

/** Chooses the screen that opens an assessment, once the services exist; tests may pass their own. */
@FunctionalInterface
public interface AssessmentOpenerFactory {

    AssessmentOpener create(UiServices services);

    /** The assessment editor, loaded off the FX thread. */
    static AssessmentOpenerFactory standard() {
        return services -> (id, onClose) -> {
            AssessmentHost host = new AssessmentHost(services, onClose);
            host.show(id);
            return host.root();
        };
    }
}
