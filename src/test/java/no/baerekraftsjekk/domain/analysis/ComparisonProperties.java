package no.baerekraftsjekk.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;

/** The comparison of alternatives over random cases, checked against the spec's and the words. */
class ComparisonProperties {
    private static final AssessmentAnalyzer ANALYZER = Assessments.analyzer();

    @Provide
    Arbitrary<Assessment> cases() {
        return alternative().list().ofMinSize(2).ofMaxSize(5).map(contents -> {
            List<Alternative> alternatives = new ArrayList<>();
            for (int i = 0; i < contents.size(); i++) {
                alternatives.add(Alternative.of("Alternativ " + i, contents.get(i)).withZero(i == 0));
            }
            return Assessment.newDraft("Sak").asCaseWithAlternatives("x", Alternative.empty("y")).withAlternatives(alternatives);
        });
    }

    private static Arbitrary<Assessment> alternative() {
        List<Arbitrary<Optional<GoalAssessment>>> goals = new ArrayList<>();
        for (int goal = 1; goal <= 17; goal++) {
            int n = goal;
            Arbitrary<Integer> level = Arbitraries.integers().between(0, 3);
            Arbitrary<Optional<GoalAssessment>> assessed = Combinators.combine(Arbitraries.of(Relevance.class), level, level)
                    .as((r, p, m) -> Optional.of(GoalAssessment.screened(n, r).withRatings(r.isRelevant() ? p : 0, r.isRelevant() ? m : 0)));
            goals.add(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.empty())),
                    net.jqwik.api.Tuple.of(3, assessed)));
        }
        return Combinators.combine(goals).as(entries -> {
            Assessment assessment = Assessment.newDraft("Alternativ");
            for (Optional<GoalAssessment> entry : entries) {
                if (entry.isPresent()) {
                    assessment = assessment.withGoal(entry.get());
                }
            }
            return assessment;
        });
    }

    @Property(tries = 200)
    void swappingTwoAlternativesSwapsTheirColumnsAndChangesNothingElse(@ForAll("cases") Assessment ofCase,
            @ForAll("indexes") int i, @ForAll("indexes") int j) {
        int n = ofCase.alternatives().size();
        int a = i % n;
        int b = j % n;
        List<Alternative> swapped = new ArrayList<>(ofCase.alternatives());
        Collections.swap(swapped, a, b);

        Comparison before = ANALYZER.analyseCase(ofCase).comparison();
        Comparison after = ANALYZER.analyseCase(ofCase.withAlternatives(swapped)).comparison();

        assertThat(after.columns()).isEqualTo(swap(before.columns(), a, b));
        assertThat(after.goals()).hasSameSizeAs(before.goals());
        for (int g = 0; g < before.goals().size(); g++) {
            GoalComparison was = before.goals().get(g);
            GoalComparison now = after.goals().get(g);
            assertThat(now.goal()).isEqualTo(was.goal());
            assertThat(now.positive()).isEqualTo(swap(was.positive(), a, b));
            assertThat(now.negative()).isEqualTo(swap(was.negative(), a, b));
            assertThat(now.positiveDiffers()).isEqualTo(was.positiveDiffers());
            assertThat(now.negativeDiffers()).isEqualTo(was.negativeDiffers());
        }
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 4);
    }

    @Property(tries = 200)
    void aGoalIsComparedExactlyWhenItIsRelevantInSomeAlternativeAndIsNeverNetted(@ForAll("cases") Assessment ofCase) {
        Comparison comparison = ANALYZER.analyseCase(ofCase).comparison();

        for (int goal = 1; goal <= 17; goal++) {
            int g = goal;
            boolean relevantSomewhere = ofCase.alternatives().stream()
                    .anyMatch(a -> a.goals().containsKey(g) && a.goals().get(g).isRelevant());
            Optional<GoalComparison> row = comparison.goals().stream().filter(r -> r.goal() == g).findFirst();
            assertThat(row.isPresent()).isEqualTo(relevantSomewhere);
            if (row.isEmpty()) {
                continue;
            }
            for (int k = 0; k < ofCase.alternatives().size(); k++) {
                GoalAssessment entry = ofCase.alternatives().get(k).goals().get(g);
                boolean relevant = entry != null && entry.isRelevant();
                assertThat(row.get().positive().get(k)).isEqualTo(relevant ? entry.positive() : 0);
                assertThat(row.get().negative().get(k)).isEqualTo(relevant ? entry.negative() : 0);
            }
        }
        assertThat(comparison.goals()).extracting(GoalComparison::goal).isSorted();
        assertThat(comparison.columns()).hasSameSizeAs(ofCase.alternatives());
    }

    @Property(tries = 200)
    void aGoalHarmedInOneAlternativeAndNotInAnotherStandsOut(@ForAll("cases") Assessment ofCase) {
        for (GoalComparison row : ANALYZER.analyseCase(ofCase).comparison().goals()) {
            boolean harmedSomewhere = row.negative().stream().anyMatch(v -> v > 0);
            boolean unharmedSomewhere = row.negative().stream().anyMatch(v -> v == 0);
            if (harmedSomewhere && unharmedSomewhere) {
                assertThat(row.negativeDiffers()).isTrue();
                assertThat(row.differs()).isTrue();
            }
            if (row.negative().stream().distinct().count() == 1) {
                assertThat(row.negativeDiffers()).isFalse();
            }
        }
    }

    private static <T> List<T> swap(List<T> list, int a, int b) {
        List<T> copy = new ArrayList<>(list);
        Collections.swap(copy, a, b);
        return copy;
    }
}
