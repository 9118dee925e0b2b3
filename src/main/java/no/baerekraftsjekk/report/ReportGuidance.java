package no.baerekraftsjekk.report;

import java.util.Objects;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.GoalCatalog;
import no.baerekraftsjekk.domain.guidance.StepHelp;
import no.baerekraftsjekk.domain.guidance.TargetLabels;

/** The reference data and guidance texts a report quotes: goal titles and colours, target labels, method and scale. */
public record ReportGuidance(GoalCatalog goals, DimensionMapping dimensions, TargetLabels targets, StepHelp help) {

    public ReportGuidance {
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(help, "help");
    }

    /** The data shipped with the program. */
    public static ReportGuidance standard() {
        return forMapping(DimensionMapping.standard());
    }

    /** The shipped texts with the organisation's grouping of goals, the same the rules used. */
    public static ReportGuidance forMapping(DimensionMapping mapping) {
        return new ReportGuidance(GoalCatalog.standard(), mapping, TargetLabels.loadDefault(), StepHelp.loadDefault());
    }

    /** "7.2 Øke andelen fornybar energi"; an id the labels do not know is shown as it is. */
    public String targetWithLabel(String id) {
        try {
            return id + " " + targets.labelOf(id);
        } catch (IllegalArgumentException unknown) {
            return id;
        }
    }
}
