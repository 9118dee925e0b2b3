package no.baerekraftsjekk.ui.assessment;

import java.util.Locale;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Messages;
import no.baerekraftsjekk.domain.Relevance;

/** Norwegian names of the domain's values, as the editor shows them; all from the one bundle. */
public final class Texts {
    private Texts() {
    }

    public static String get(String key, Object... args) {
        return Messages.get(key, args);
    }

    public static String caseType(CaseType type) {
        return Messages.get("assessment.caseType." + type.name());
    }

    public static String relevance(Relevance relevance) {
        return Messages.get("assessment.relevance." + relevance.name());
    }

    public static String certainty(Certainty certainty) {
        return Messages.get("assessment.certainty." + certainty.name());
    }

    public static String horizon(Horizon horizon) {
        return Messages.get("assessment.horizon." + horizon.name());
    }

    /** 0 Ingen, 1 Liten, 2 Middels, 3 Stor. */
    public static String effect(int level) {
        return Messages.get("assessment.effect." + level);
    }

    public static String dimension(Dimension dimension) {
        return Messages.get("assessment.dimension." + dimension.name());
    }

    /** "Mål 7 Ren energi for alle". */
    public static String goal(Goal goal) {
        return Messages.get("assessment.goal", goal.number(), goal.titleNb());
    }

    public static String lower(String text) {
        return text.toLowerCase(Locale.forLanguageTag("nb-NO"));
    }
}
