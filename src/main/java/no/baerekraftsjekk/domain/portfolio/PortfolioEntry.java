package no.baerekraftsjekk.domain.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.analysis.Conflict;
import no.baerekraftsjekk.domain.analysis.RollUpAnalysis;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.domain.analysis.DimensionLevel;
import no.baerekraftsjekk.domain.profile.GoalRatings;

/**
 * What the portfolio needs of one assessed case, taken once so that counting and filtering never
 * touch the assessment again: the case facts, the ratings by goal and dimension as the rules see
 * them ({@link AssessmentAnalyzer}), and its conflicts. Immutable.
 */
public final class PortfolioEntry {
    private final long id;
    private final String title;
    private final String caseNumber;
    private final boolean exempt;
    private final CaseType caseType;
    private final String unit;
    private final String committee;
    private final String organisation;
    private final String unitKey;
    private final String committeeKey;
    private final String organisationKey;
    private final LocalDate periodDate;
    private final String quarter;
    private final String year;
    private final boolean anyPositive;
    private final boolean anyNegative;
    private final Stage stage;
    /**
     * Every level in one array, which counting 100 000 cases reads one after another: positive by
     * goal, negative by goal, not relevant (1) by goal, then the dimensions' positive and negative.
     * One array rather than five, so a case costs counting one or two cache lines, not five.
     */
    private final byte[] levels = new byte[DIMENSION_POSITIVE + 2 * DIMENSIONS];
    private static final int NEGATIVE = Goal.LAST + 1;
    private static final int NOT_RELEVANT = 2 * (Goal.LAST + 1);
    private static final int DIMENSIONS = Dimension.values().length;
    private static final int DIMENSION_POSITIVE = 3 * (Goal.LAST + 1);
    private static final int DIMENSION_NEGATIVE = DIMENSION_POSITIVE + DIMENSIONS;
    private final List<Conflict> goalConflicts;
    private final List<Conflict> unhandledSevere;
    private final int alternatives;
    private final String countedAlternative;
    /** For grouping by the council's local goals ({@link LocalGoalCounter}). */
    private final CaseGoalRatings goalRatings;

    private PortfolioEntry(long id, Assessment ofCase, Assessment assessment, RollUpAnalysis analysis, LocalDate periodDate) {
        this.alternatives = ofCase.alternatives().size();
        this.countedAlternative = assessment == ofCase ? "" : ofCase.recommendation().alternative();
        CaseInfo info = assessment.caseInfo();
        this.id = id;
        this.title = info.title();
        this.caseNumber = info.caseNumber();
        this.exempt = info.isExempt();
        this.caseType = info.caseType();
        this.unit = info.unit();
        this.committee = CaseFacts.committee(info);
        this.organisation = info.organisation();
        this.unitKey = NameKey.of(unit);
        this.committeeKey = NameKey.of(committee);
        this.organisationKey = NameKey.of(organisation);
        this.periodDate = periodDate;
        this.stage = CaseFacts.approved(ofCase) ? Stage.APPROVED
                : ofCase.status() == Status.COMPLETE ? Stage.COMPLETE : Stage.DRAFT;
        for (GoalAssessment goal : assessment.goals().values()) {
            int n = goal.goal();
            if (!Goal.isValidNumber(n)) {
                continue;
            }
            if (goal.isRelevant()) {
                levels[n] = (byte) goal.positive();
                levels[NEGATIVE + n] = (byte) goal.negative();
            } else {
                levels[NOT_RELEVANT + n] = 1;
            }
        }
        for (DimensionLevel level : analysis.dimensions().values()) {
            levels[DIMENSION_POSITIVE + level.dimension().ordinal()] = (byte) level.positive();
            levels[DIMENSION_NEGATIVE + level.dimension().ordinal()] = (byte) level.negative();
        }
        List<Conflict> pairs = new ArrayList<>();
        List<Conflict> severe = new ArrayList<>();
        for (Conflict conflict : analysis.conflicts()) {
            if (conflict.kind() == ConflictKind.GOALS) {
                pairs.add(conflict);
            }
            if (conflict.needsHandling() && !conflict.handled() && conflict.severity() >= 2) {
                severe.add(conflict);
            }
        }
        this.quarter = TrendInterval.QUARTER.keyOf(periodDate);
        this.year = TrendInterval.YEAR.keyOf(periodDate);
        this.anyPositive = any(levels, 0);
        this.anyNegative = any(levels, NEGATIVE);
        this.goalConflicts = List.copyOf(pairs);
        this.unhandledSevere = List.copyOf(severe);
        this.goalRatings = CaseGoalRatings.of(assessment, levels, NEGATIVE);
    }

    /**
     * The entry of one stored assessment. Its place in time is the meeting date, else the case's
     * date, else the day it was created (in {@code zone}).
     */
    public static PortfolioEntry of(long id, Assessment assessment, Instant created, AssessmentAnalyzer analyzer, ZoneId zone) {
        CaseInfo info = assessment.caseInfo();
        LocalDate when = CaseFacts.meetingDate(info);
        if (when == null) {
            when = info.date();
        }
        if (when == null) {
            when = LocalDate.ofInstant(created, zone);
        }
        Assessment counted = counted(assessment);
        return new PortfolioEntry(id, assessment, counted, analyzer.analyseForRollUp(counted), when);
    }

    /**
     * What the portfolio counts of a case: the assessment itself, or for a case with alternatives its
     * recommended alternative, since that is what the decision is asked to do. A case whose
     * alternative is not chosen yet is counted as a case with no effects: adding up all its
     * alternatives would count one decision several times.
     */
    static Assessment counted(Assessment assessment) {
        if (!assessment.hasAlternatives()) {
            return assessment;
        }
        int recommended = assessment.indexOfAlternative(assessment.recommendation().alternative());
        if (recommended < 0 || !assessment.recommendation().isChosen()) {
            return assessment.withAlternatives(List.of()).withStatus(assessment.status());
        }
        return assessment.alternativeAsAssessment(recommended).withStatus(assessment.status())
                .withReview(assessment.review());
    }

    /** How many alternatives the case has; 0 for a single assessment. */
    public int alternatives() {
        return alternatives;
    }

    /** The label of the alternative counted for a case with alternatives; empty when none is recommended yet, or for a single assessment. */
    public String countedAlternative() {
        return countedAlternative;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String caseNumber() {
        return caseNumber;
    }

    /** Exempt from public access: counted everywhere, never named in an export. */
    public boolean exempt() {
        return exempt;
    }

    public CaseType caseType() {
        return caseType;
    }

    public String unit() {
        return unit;
    }

    public String committee() {
        return committee;
    }

    public String organisation() {
        return organisation;
    }

    /** The {@link NameKey} of the unit, worked out once: filters and groups compare it for every case. */
    public String unitKey() {
        return unitKey;
    }

    public String committeeKey() {
        return committeeKey;
    }

    public String organisationKey() {
        return organisationKey;
    }

    /** The date that places the case in a period. */
    public LocalDate periodDate() {
        return periodDate;
    }

    public Stage stage() {
        return stage;
    }

    /** The rating on one side for a relevant goal; 0 when the goal is not relevant or not assessed. */
    public int effect(int goal, Side side) {
        return levels[side == Side.POSITIVE ? goal : NEGATIVE + goal];
    }

    public boolean notRelevant(int goal) {
        return levels[NOT_RELEVANT + goal] != 0;
    }

    /** The dimension's level on one side, as the rules derive it (the highest among its goals). */
    public int dimensionEffect(Dimension dimension, Side side) {
        return levels[(side == Side.POSITIVE ? DIMENSION_POSITIVE : DIMENSION_NEGATIVE) + dimension.ordinal()];
    }

    /** Whether any relevant goal has an effect on this side. */
    public boolean anyEffect(Side side) {
        return side == Side.POSITIVE ? anyPositive : anyNegative;
    }

    /** The key of the quarter or year the case falls in, worked out once: the trend asks for every case. */
    public String periodKey(TrendInterval interval) {
        return interval == TrendInterval.QUARTER ? quarter : year;
    }

    private static boolean any(byte[] levels, int from) {
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            if (levels[from + goal] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Relevance, picked targets and ratings of the counted assessment, as the local-goal rule reads them. */
    public GoalRatings goalRatings() {
        return goalRatings;
    }

    /** The detected conflicts between two goals, handled or not. */
    public List<Conflict> goalConflicts() {
        return goalConflicts;
    }

    /** Conflicts of severity 2 or more that the rules ask to weigh and that are not weighed yet. */
    public List<Conflict> unhandledSevereConflicts() {
        return unhandledSevere;
    }
}
