package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.DimensionMapping;

/**
 * Applies the rules of the format spec (conflicts, dimension levels, hints, readiness) to an
 * assessment. The one place these rules live: the window, the reports and the command line ask it.
 * Immutable and free of shared state, so one analyzer may serve every thread.
 */
public final class AssessmentAnalyzer {
    private final DimensionMapping mapping;
    private final TradeOffCatalog tradeOffs;
    private final GoalConflictRule goalConflicts;
    private final WithinGoalRule withinGoalConflicts = new WithinGoalRule();
    private final DimensionLevels dimensionLevels;
    private final DimensionConflictRule dimensionConflicts;
    private final HintRule hints;
    private final Readiness readiness = new Readiness();
    private final OrphanedHandlings orphanedHandlings = new OrphanedHandlings();

    public AssessmentAnalyzer(DimensionMapping mapping, TradeOffCatalog tradeOffs) {
        this.mapping = mapping;
        this.tradeOffs = tradeOffs;
        GoalDimensions dimensions = new GoalDimensions(mapping);
        this.goalConflicts = new GoalConflictRule(dimensions);
        this.dimensionLevels = new DimensionLevels(dimensions);
        this.dimensionConflicts = new DimensionConflictRule(dimensions);
        this.hints = new HintRule(tradeOffs);
    }

    public static AssessmentAnalyzer standard() {
        return new AssessmentAnalyzer(DimensionMapping.standard(), TradeOffCatalog.standard());
    }

    public DimensionMapping mapping() {
        return mapping;
    }

    public TradeOffCatalog tradeOffs() {
        return tradeOffs;
    }

    public Analysis analyse(Assessment assessment) {
        Ratings ratings = Ratings.of(assessment);
        Handlings handlings = Handlings.of(assessment);

        List<Conflict> betweenGoals = goalConflicts.detect(ratings, handlings);
        Map<Dimension, DimensionLevel> levels = dimensionLevels.of(ratings);

        List<Conflict> conflicts = new ArrayList<>(betweenGoals);
        conflicts.addAll(withinGoalConflicts.detect(ratings, handlings));
        conflicts.addAll(dimensionConflicts.detect(levels, betweenGoals));
        conflicts.sort(ConflictOrder.INSTANCE);

        List<ConflictHandling> orphaned = orphanedHandlings.of(assessment, conflicts);
        List<BlockingReason> blocking = readiness.blocking(assessment, ratings, conflicts);
        return new Analysis(levels, conflicts, hints.detect(ratings), orphaned, blocking);
    }
}
