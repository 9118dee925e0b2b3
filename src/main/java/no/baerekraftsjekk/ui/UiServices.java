package no.baerekraftsjekk.ui;

import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.profile.ProfileSource;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentLibrary;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.DialogService;
import no.baerekraftsjekk.ui.common.ErrorReporter;
import no.baerekraftsjekk.ui.common.FileDialogs;
import no.baerekraftsjekk.ui.common.GlossaryOpener;
import no.baerekraftsjekk.ui.common.UserSettings;

/**
 * What every screen needs, made once at start-up by the app and handed down by constructor
 * (no static service locator). Tests pass fakes for the interfaces. The texts and the reference data
 * are in the window's language, loaded once. The council's profile is the one in use, or the
 * built-in defaults with the reason a broken one is not used.
 */
public record UiServices(
        AssessmentLibrary library,
        AssessmentAnalyzer analyzer,
        BackgroundTasks tasks,
        ErrorReporter errors,
        FileDialogs fileDialogs,
        UserSettings settings,
        GlossaryOpener glossary,
        Texts texts,
        ReferenceTexts reference,
        DialogService dialogs,
        ProfileSource profile) {

    /** Services without a council profile: the built-in defaults. */
    public UiServices(AssessmentLibrary library, AssessmentAnalyzer analyzer, BackgroundTasks tasks, ErrorReporter errors,
            FileDialogs fileDialogs, UserSettings settings, GlossaryOpener glossary, Texts texts, ReferenceTexts reference,
            DialogService dialogs) {
        this(library, analyzer, tasks, errors, fileDialogs, settings, glossary, texts, reference, dialogs, ProfileSource.builtIn());
    }
}
