package no.baerekraftsjekk.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Recommendation;
import no.baerekraftsjekk.domain.text.Message;
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

    /**
     * The analysis of a single assessment. For a case with alternatives, whose goals live in its
     * alternatives, it holds no levels, conflicts or hints of its own, and its blocking reasons are the
     * case's (rule 6 with alternatives): so everything that asks whether an assessment may be completed
     * gets the right answer. {@link #analyseCase(Assessment)} tells the rest.
     */
    public Analysis analyse(Assessment assessment) {
        if (assessment.hasAlternatives()) {
            return new Analysis(Map.of(), List.of(), List.of(), List.of(), analyseCase(assessment).blocking());
        }
        return analyseOne(assessment);
    }

    /**
     * Each alternative analysed on its own, the comparison, and rule 6 for the case. A single
     * assessment is read as a case of one alternative, labelled with its title, so a caller may ask
     * this of any assessment.
     */
    public CaseAnalysis analyseCase(Assessment assessment) {
        if (!assessment.hasAlternatives()) {
            Analysis one = analyseOne(assessment);
            Alternative only = Alternative.of(assessment.caseInfo().title(), assessment);
            List<AlternativeAnalysis> single = List.of(new AlternativeAnalysis(only, one));
            return new CaseAnalysis(single, Comparison.of(single), one.blocking());
        }
        List<AlternativeAnalysis> alternatives = new ArrayList<>();
        List<BlockingReason> blocking = new ArrayList<>();
        for (int i = 0; i < assessment.alternatives().size(); i++) {
            Alternative alternative = assessment.alternatives().get(i);
            Analysis analysis = analyseOne(assessment.alternativeAsAssessment(i));
            alternatives.add(new AlternativeAnalysis(alternative, analysis));
            analysis.blocking().forEach(b -> blocking.add(b.ofAlternative(alternative.label())));
        }
        Recommendation recommendation = assessment.recommendation();
        if (recommendation == null || !recommendation.isChosen()) {
            blocking.add(new BlockingReason(BlockingReason.Kind.NO_RECOMMENDATION, List.of(),
                    Message.of("alternatives.blocking.noRecommendation")));
        }
        if (recommendation == null || !recommendation.hasReason()) {
            blocking.add(new BlockingReason(BlockingReason.Kind.NO_RECOMMENDATION_REASON, List.of(),
                    Message.of("alternatives.blocking.noRecommendationReason")));
        }
        return new CaseAnalysis(alternatives, Comparison.of(alternatives), blocking);
    }

    /**
     * Only the dimension levels and conflicts, exactly as {@link #analyse} finds them, for a roll-up
     * over a whole library. Like {@code analyse}, a case with alternatives has none of its own.
     */
    public RollUpAnalysis analyseForRollUp(Assessment assessment) {
        if (assessment.hasAlternatives()) {
            return new RollUpAnalysis(Map.of(), List.of());
        }
        Ratings ratings = Ratings.of(assessment);
        Map<Dimension, DimensionLevel> levels = dimensionLevels.of(ratings);
        return new RollUpAnalysis(levels, conflicts(ratings, Handlings.of(assessment), levels));
    }

    private List<Conflict> conflicts(Ratings ratings, Handlings handlings, Map<Dimension, DimensionLevel> levels) {
        List<Conflict> betweenGoals = goalConflicts.detect(ratings, handlings);
        List<Conflict> conflicts = new ArrayList<>(betweenGoals);
        conflicts.addAll(withinGoalConflicts.detect(ratings, handlings));
        conflicts.addAll(dimensionConflicts.detect(levels, betweenGoals));
        ConflictOrder.sort(conflicts);
        return conflicts;
    }

    private Analysis analyseOne(Assessment assessment) {
        Ratings ratings = Ratings.of(assessment);
        Handlings handlings = Handlings.of(assessment);
        Map<Dimension, DimensionLevel> levels = dimensionLevels.of(ratings);
        List<Conflict> conflicts = conflicts(ratings, handlings, levels);

        List<ConflictHandling> orphaned = orphanedHandlings.of(assessment, conflicts);
        List<BlockingReason> blocking = readiness.blocking(assessment, ratings, conflicts);
        return new Analysis(levels, conflicts, hints.detect(ratings), orphaned, blocking);
    }
}
