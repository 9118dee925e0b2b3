package no.baerekraftsjekk.report;

import java.util.List;
import java.util.Objects;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.domain.guidance.TargetLabels;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.text.Language;

/**
 * The reference data and guidance texts a report quotes, in the report's language: goal titles and
 * colours, target labels, method and scale; the grouping of goals the rules used; and the goals of
 * the council's own plan, from its profile (none without one).
 */
public record ReportGuidance(ReferenceTexts reference, DimensionMapping dimensions, List<LocalGoal> localGoals) {

    public ReportGuidance {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(dimensions, "dimensions");
        localGoals = List.copyOf(localGoals);
    }

    /** Guidance for a council without local goals. */
    public ReportGuidance(ReferenceTexts reference, DimensionMapping dimensions) {
        this(reference, dimensions, List.of());
    }

    public ReportGuidance withLocalGoals(List<LocalGoal> goals) {
        return new ReportGuidance(reference, dimensions, goals);
    }

    /** The data shipped with the program, in bokmål. */
    public static ReportGuidance standard() {
        return forMapping(DimensionMapping.standard());
    }

    /** The shipped bokmål texts with the organisation's grouping of goals, the same the rules used. */
    public static ReportGuidance forMapping(DimensionMapping mapping) {
        return new ReportGuidance(ReferenceTexts.load(Language.BASE), mapping);
    }

    public GoalCatalog goals() {
        return reference.goals();
    }

    public TargetLabels targets() {
        return reference.targets();
    }

    public StepHelp help() {
        return reference.steps();
    }

    /** "7.2 Øke andelen fornybar energi"; an id the labels do not know is shown as it is. */
    public String targetWithLabel(String id) {
        return reference.targetWithLabel(id);
    }

    public String hintText(Hint hint) {
        return reference.hintText(hint);
    }
}
