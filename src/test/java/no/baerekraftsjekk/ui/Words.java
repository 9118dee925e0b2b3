package no.baerekraftsjekk.ui;

import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;

/** The window's words in bokmål, loaded once for all window tests, as the program loads them once at start. */
public final class Words {
    public static final Texts TEXTS = Texts.of(Language.NB);
    public static final ReferenceTexts REFERENCE = ReferenceTexts.load(Language.NB);

    private Words() {
    }

    public static AssessmentGuidance guidance() {
        return new AssessmentGuidance(REFERENCE, TEXTS);
    }
}
