package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.DimensionMapping;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;

/** The rules over random valid assessments, checked against the spec's wording rather than the code's. */
class AnalysisProperties {
    private static final DimensionMapping MAPPING = DimensionMapping.standard();
    private static final AssessmentAnalyzer ANALYZER = Assessments.analyzer();

    @Provide
    Arbitrary<Assessment> assessments() {
        List<Arbitrary<Optional<GoalAssessment>>> goals = new ArrayList<>();
        for (int goal = 1; goal <= 17; goal++) {
            goals.add(goal(goal));
        }
        Arbitrary<List<ConflictHandling>> handlings = handling().list().ofMaxSize(25);
        return Combinators.combine(Combinators.combine(goals).as(List::copyOf), handlings).as((entries, entered) -> {
            Assessment assessment = Assessment.newDraft("Tilfeldig sak");
            for (Optional<GoalAssessment> entry : entries) {
                if (entry.isPresent()) {
                    assessment = assessment.withGoal(entry.get());
                }
            }
            for (ConflictHandling handling : entered) {
                assessment = assessment.withHandling(handling);
            }
            return assessment;
        });
    }

    /** Not assessed, not relevant, or relevant with any ratings; justification sometimes missing. */
    private static Arbitrary<Optional<GoalAssessment>> goal(int goal) {
        Arbitrary<Integer> level = Arbitraries.integers().between(0, 3);
        Arbitrary<Relevance> relevance = Arbitraries.of(Relevance.class);
        Arbitrary<String> justification = Arbitraries.of("", "  ", "Begrunnet.");
        Arbitrary<Optional<GoalAssessment>> assessed = Combinators.combine(relevance, level, level, justification)
                .as((r, positive, negative, text) -> Optional.of(
                        GoalAssessment.screened(goal, r).withRatings(r.isRelevant() ? positive : 0, r.isRelevant() ? negative : 0)
                                .withJustification(text)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.empty())),
                net.jqwik.api.Tuple.of(5, assessed));
    }

    private static Arbitrary<ConflictHandling> handling() {
        Arbitrary<List<Integer>> goals = Arbitraries.integers().between(1, 17).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
        return Combinators.combine(goals, Arbitraries.of("", " ", "Avveid.")).as((g, text) -> ConflictHandling.of(g, text, ""));
    }

    private static int positive(Assessment a, int goal) {
        return a.goal(goal).filter(GoalAssessment::isRelevant).map(GoalAssessment::positive).orElse(0);
    }

    private static int negative(Assessment a, int goal) {
        return a.goal(goal).filter(GoalAssessment::isRelevant).map(GoalAssessment::negative).orElse(0);
    }

    private static boolean relevant(Assessment a, int goal) {
        return a.goal(goal).map(GoalAssessment::isRelevant).orElse(false);
    }

    private static boolean handledInFile(Assessment a, List<Integer> goals) {
        return a.conflicts().stream().anyMatch(h -> h.goals().equals(goals) && !h.handling().isBlank());
    }

    @Property
    void noConflictWithoutSomeNegativeRating(@ForAll("assessments") Assessment assessment) {
        boolean anyNegative = false;
        for (int goal = 1; goal <= 17; goal++) {
            anyNegative |= negative(assessment, goal) >= 1;
        }
        Analysis analysis = ANALYZER.analyse(assessment);
        if (!anyNegative) {
            assertThat(analysis.conflicts()).isEmpty();
        }
        for (Conflict c : analysis.conflicts()) {
            if (c.kind() != ConflictKind.DIMENSIONS) {
                assertThat(c.goals()).anySatisfy(g -> assertThat(negative(assessment, g)).isPositive());
            }
        }
    }

    @Property
    void goalConflictsAreExactlyThePairsTheSpecNames(@ForAll("assessments") Assessment assessment) {
        Analysis analysis = ANALYZER.analyse(assessment);
        Set<String> expected = new HashSet<>();
        for (int a = 1; a <= 17; a++) {
            for (int b = a + 1; b <= 17; b++) {
                if (!relevant(assessment, a) || !relevant(assessment, b)) {
                    continue;
                }
                boolean aGainsBLoses = positive(assessment, a) >= 1 && negative(assessment, b) >= 1;
                boolean bGainsALoses = positive(assessment, b) >= 1 && negative(assessment, a) >= 1;
                if (aGainsBLoses || bGainsALoses) {
                    int severity = Math.max(Math.min(positive(assessment, a), negative(assessment, b)),
                            Math.min(positive(assessment, b), negative(assessment, a)));
                    Optional<Dimension> da = MAPPING.dimensionOf(a);
                    Optional<Dimension> db = MAPPING.dimensionOf(b);
                    boolean cross = da.isPresent() && db.isPresent() && da.get() != db.get();
                    expected.add(List.of(a, b) + " " + severity + " " + cross);
                }
            }
        }
        assertThat(analysis.conflictsOf(ConflictKind.GOALS))
                .extracting(c -> c.goals() + " " + c.severity() + " " + c.crossDimension())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property
    void aClearGainAgainstAClearLossIsAlwaysFlaggedAtLeastModerate(@ForAll("assessments") Assessment assessment) {
        Analysis analysis = ANALYZER.analyse(assessment);
        for (int a = 1; a <= 17; a++) {
            for (int b = 1; b <= 17; b++) {
                if (a != b && relevant(assessment, a) && relevant(assessment, b)
                        && positive(assessment, a) >= 2 && negative(assessment, b) >= 2) {
                    List<Integer> pair = List.of(Math.min(a, b), Math.max(a, b));
                    assertThat(analysis.conflictsOf(ConflictKind.GOALS)).filteredOn(c -> c.goals().equals(pair))
                            .singleElement().satisfies(c -> assertThat(c.severity()).isGreaterThanOrEqualTo(2));
                }
            }
        }
    }

    @Property
    void dimensionLevelsAreTheHighestMemberRatingNeverLower(@ForAll("assessments") Assessment assessment) {
        Analysis analysis = ANALYZER.analyse(assessment);
        assertThat(analysis.dimensions()).containsOnlyKeys(Dimension.values());
        for (Dimension dimension : Dimension.values()) {
            DimensionLevel level = analysis.dimensions().get(dimension);
            int highestPositive = 0;
            int highestNegative = 0;
            for (int goal : MAPPING.goalsByDimension().get(dimension)) {
                if (relevant(assessment, goal)) {
                    assertThat(level.positive()).isGreaterThanOrEqualTo(positive(assessment, goal));
                    assertThat(level.negative()).isGreaterThanOrEqualTo(negative(assessment, goal));
                    highestPositive = Math.max(highestPositive, positive(assessment, goal));
                    highestNegative = Math.max(highestNegative, negative(assessment, goal));
                }
            }
            assertThat(level).isEqualTo(new DimensionLevel(dimension, highestPositive, highestNegative));
        }
    }

    @Property
    void dimensionConflictsAreExactlyRuleFourAndRestOnAModerateGoalConflict(@ForAll("assessments") Assessment assessment) {
        Analysis analysis = ANALYZER.analyse(assessment);
        Set<String> expected = new HashSet<>();
        Dimension[] all = Dimension.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                DimensionLevel d = analysis.dimensions().get(all[i]);
                DimensionLevel e = analysis.dimensions().get(all[j]);
                if (d.positive() >= 2 && e.negative() >= 2 || e.positive() >= 2 && d.negative() >= 2) {
                    int severity = Math.max(Math.min(d.positive(), e.negative()), Math.min(e.positive(), d.negative()));
                    expected.add(List.of(all[i], all[j]) + " " + severity);
                }
            }
        }
        List<Conflict> dimensionConflicts = analysis.conflictsOf(ConflictKind.DIMENSIONS);
        assertThat(dimensionConflicts).extracting(c -> c.dimensions() + " " + c.severity())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Conflict c : dimensionConflicts) {
            assertThat(c.crossDimension()).isTrue();
            assertThat(analysis.conflictsOf(ConflictKind.GOALS))
                    .anyMatch(g -> g.severity() >= 2 && between(g, c.dimensions().get(0), c.dimensions().get(1)));
        }
    }

    @Property
    void theOrderIsTotalAndStable(@ForAll("assessments") Assessment assessment, @ForAll long seed) {
        List<Conflict> conflicts = ANALYZER.analyse(assessment).conflicts();

        List<Conflict> shuffled = new ArrayList<>(conflicts);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(ConflictOrder.INSTANCE);
        assertThat(shuffled).containsExactlyElementsOf(conflicts);

        for (Conflict x : conflicts) {
            for (Conflict y : conflicts) {
                int xy = ConflictOrder.INSTANCE.compare(x, y);
                assertThat(Integer.signum(xy)).isEqualTo(-Integer.signum(ConflictOrder.INSTANCE.compare(y, x)));
                assertThat(xy == 0).isEqualTo(x.equals(y));
            }
        }
        for (int i = 1; i < conflicts.size(); i++) {
            assertThat(conflicts.get(i - 1).severity()).isGreaterThanOrEqualTo(conflicts.get(i).severity());
        }
    }

    @Property
    void handledFlagsFollowTheHandlingsInTheFile(@ForAll("assessments") Assessment assessment) {
        Analysis analysis = ANALYZER.analyse(assessment);
        List<Conflict> goalConflicts = analysis.conflictsOf(ConflictKind.GOALS);
        for (Conflict c : analysis.conflicts()) {
            if (c.kind() == ConflictKind.DIMENSIONS) {
                boolean allHandled = goalConflicts.stream()
                        .filter(g -> g.severity() >= 2 && between(g, c.dimensions().get(0), c.dimensions().get(1)))
                        .allMatch(g -> handledInFile(assessment, g.goals()));
                assertThat(c.handled()).isEqualTo(allHandled);
            } else {
                assertThat(c.handled()).isEqualTo(handledInFile(assessment, c.goals()));
            }
        }
        Set<List<Integer>> detected = new HashSet<>();
        analysis.conflicts().forEach(c -> detected.add(c.goals()));
        assertThat(analysis.orphanedHandlings())
                .containsExactlyElementsOf(assessment.conflicts().stream().filter(h -> !detected.contains(h.goals())).toList());
    }

    private static boolean between(Conflict goalConflict, Dimension d, Dimension e) {
        Optional<Dimension> first = MAPPING.dimensionOf(goalConflict.goals().get(0));
        Optional<Dimension> second = MAPPING.dimensionOf(goalConflict.goals().get(1));
        return first.equals(Optional.of(d)) && second.equals(Optional.of(e)) || first.equals(Optional.of(e)) && second.equals(Optional.of(d));
    }

    /**
     * Random assessments are rarely sound, so this one first repairs a random one most of the way: it
     * fills in most missing goals and justifications and weighs most detected conflicts. Both
     * outcomes are then common, and the statistics check that both occur.
     */
    @Property
    void readyExactlyWhenRuleSixHolds(@ForAll("assessments") Assessment random, @ForAll long seed) {
        Random chance = new Random(seed);
        Assessment assessment = random;
        for (int goal = 1; goal <= 17; goal++) {
            if (!assessment.isAssessed(goal) && chance.nextInt(20) > 0) {
                assessment = assessment.withGoal(GoalAssessment.screened(goal, Relevance.NOT_RELEVANT));
            }
        }
        for (GoalAssessment goal : assessment.goals().values()) {
            if (goal.justification().isBlank() && chance.nextInt(20) > 0) {
                assessment = assessment.withGoal(goal.withJustification("Begrunnet nå."));
            }
        }
        for (Conflict conflict : ANALYZER.analyse(assessment).conflicts()) {
            if (conflict.kind() != ConflictKind.DIMENSIONS && chance.nextInt(20) > 0) {
                assessment = assessment.withHandling(ConflictHandling.of(conflict.goals(), "Avveid.", ""));
            }
        }
        Assessment checked = assessment;

        Analysis analysis = ANALYZER.analyse(checked);
        boolean allAssessed = checked.goals().size() == 17;
        boolean allJustified = checked.goals().values().stream()
                .allMatch(g -> !g.isRelevant() || !g.justification().isBlank());
        // The spec's words: "every conflict of kind GOALS or WITHIN_GOAL whose severity is 2 or 3 has a non-empty handling".
        boolean conflictsWeighed = analysis.conflicts().stream()
                .filter(c -> c.kind() == ConflictKind.GOALS || c.kind() == ConflictKind.WITHIN_GOAL)
                .filter(c -> c.severity() == 2 || c.severity() == 3)
                .allMatch(c -> handledInFile(checked, c.goals()));
        boolean ready = allAssessed && allJustified && conflictsWeighed;
        assertThat(analysis.readyToComplete()).isEqualTo(ready);
        assertThat(analysis.blocking()).extracting(BlockingReason::kind)
                .filteredOn(k -> k == BlockingReason.Kind.GOAL_NOT_ASSESSED).hasSize(17 - checked.goals().size());

        Statistics.label("ready").collect(ready);
        Statistics.label("ready").coverage(c -> {
            c.check(true).percentage(p -> p > 5);
            c.check(false).percentage(p -> p > 5);
        });
    }

    /** "A conflict of severity 1 is shown and may be handled, but does not block": handling it or not changes nothing. */
    @Property
    void aSeverityOneConflictNeverDecidesReadiness(@ForAll("assessments") Assessment assessment) {
        Analysis before = ANALYZER.analyse(assessment);
        Assessment allSmallOnesWeighed = assessment;
        for (Conflict c : before.conflicts()) {
            if (c.kind() != ConflictKind.DIMENSIONS && c.severity() == 1) {
                allSmallOnesWeighed = allSmallOnesWeighed.withHandling(ConflictHandling.of(c.goals(), "Avveid.", ""));
            }
        }
        Analysis after = ANALYZER.analyse(allSmallOnesWeighed);

        assertThat(after.readyToComplete()).isEqualTo(before.readyToComplete());
        assertThat(after.blocking()).isEqualTo(before.blocking());
        assertThat(before.blocking()).filteredOn(b -> b.kind() == BlockingReason.Kind.UNHANDLED_CONFLICT)
                .allSatisfy(b -> assertThat(before.conflicts()).filteredOn(c -> c.goals().equals(b.goals()) && c.kind() != ConflictKind.DIMENSIONS)
                        .singleElement().satisfies(c -> assertThat(c.severity()).isGreaterThanOrEqualTo(2)));
    }

    @Property
    void aHintPointsAtALeftOutGoalWhoseOtherGoalGains(@ForAll("assessments") Assessment assessment) {
        Analysis analysis = ANALYZER.analyse(assessment);
        for (Hint hint : analysis.hints()) {
            int other = hint.goals().get(0) == hint.overlookedGoal() ? hint.goals().get(1) : hint.goals().get(0);
            assertThat(relevant(assessment, hint.overlookedGoal())).isFalse();
            assertThat(positive(assessment, other)).isPositive();
        }
        assertThat(analysis.hints()).doesNotHaveDuplicates();
    }
}
